/**
 * Builds the site for the end-to-end tests and serves it: the real content plus the fixture
 * posts in tests/fixtures/blog (a new post, a draft, a post dated in the future), built with
 * `contentlayer2 build` and `next build` into their own folders, then `next start`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bin, startNext } from '../../scripts/lib/server';
import { e2eContentDir, e2ePort, e2eRoot, e2eServerEnv } from './e2e-env';

const root = process.cwd();
const env = { ...process.env, ...e2eServerEnv };

fs.rmSync(e2eRoot, { recursive: true, force: true });
fs.cpSync(path.join(root, 'content'), e2eContentDir, { recursive: true });
fs.cpSync(path.join(root, 'tests/fixtures/blog'), path.join(e2eContentDir, 'blog'), {
  recursive: true,
});

execFileSync(bin('contentlayer2'), ['build'], { cwd: root, env, stdio: 'inherit' });
execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' });

startNext(root, e2ePort, { env, stdio: 'inherit' }).then(
  (server) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => process.exit(code ?? 0));
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

/**
 * Builds the site for the end-to-end tests and serves it: a copy of the project in .e2e/site with
 * the fixture content (tests/fixtures/content: fixture settings, pages and posts, among them a
 * new post, a draft and a post dated in the future) and the fixture images, built with
 * `contentlayer2 build` and `next build`, then `next start`.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eDataDir, e2ePort, e2eServerEnv, e2eSiteDir } from './e2e-env';
import { copyEnv, projectCopy } from './project-copy';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

fs.rmSync(e2eDataDir, { recursive: true, force: true });
projectCopy(e2eSiteDir, {
  content: path.join(root, 'tests/fixtures/content'),
  publicFiles: path.join(root, 'tests/fixtures/public'),
});
const env = copyEnv(e2eSiteDir, e2eServerEnv);

execFileSync(bin('contentlayer2'), ['build'], { cwd: e2eSiteDir, env, stdio: 'inherit' });
execFileSync(bin('next'), ['build'], { cwd: e2eSiteDir, env, stdio: 'inherit' });

const server = spawn(bin('next'), ['start', '--port', String(e2ePort), '--hostname', '127.0.0.1'], {
  cwd: e2eSiteDir,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

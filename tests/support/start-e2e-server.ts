/**
 * Builds the site for the end-to-end tests and serves it: the fixture content (tests/fixtures/
 * content: complete settings, the pages, the KAP article and three fixture posts — a new one, a
 * draft and one dated in the future), never the therapist's own, built with `contentlayer2 build`
 * and `next build` into their own folders, then `next start`. The fixture settings' photo is
 * copied into public/images/fixture/ (ignored by git and Docker) while the server runs.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bin, startNext } from '../../scripts/lib/server';
import { e2eContentDir, e2ePort, e2eRoot, e2eServerEnv } from './e2e-env';

const root = process.cwd();
const env = { ...process.env, ...e2eServerEnv };
const fixtureImages = path.join(root, 'public/images/fixture');

fs.rmSync(e2eRoot, { recursive: true, force: true });
fs.cpSync(path.join(root, 'tests/fixtures/content'), e2eContentDir, { recursive: true });
fs.rmSync(fixtureImages, { recursive: true, force: true });
fs.cpSync(path.join(root, 'tests/fixtures/public/images/fixture'), fixtureImages, {
  recursive: true,
});

execFileSync(bin('contentlayer2'), ['build'], { cwd: root, env, stdio: 'inherit' });
execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' });

startNext(root, e2ePort, { env, stdio: 'inherit' }).then(
  (server) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => server.kill(signal));
    server.on('exit', (code) => {
      fs.rmSync(fixtureImages, { recursive: true, force: true });
      process.exit(code ?? 0);
    });
  },
  (error: unknown) => {
    console.error(error);
    fs.rmSync(fixtureImages, { recursive: true, force: true });
    process.exit(1);
  },
);

/**
 * Builds the site for the end-to-end tests and serves it: the fixture content (tests/fixtures/
 * content: complete settings, the pages, the KAP article and three fixture posts — a new one, a
 * draft and one dated in the future), never the therapist's own, built with `contentlayer2 build`
 * and `next build` into their own folders, then `next start`. The fixture settings' photo is
 * copied into public/images/fixture/ (ignored by git and Docker) while the server runs.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { e2eContentDir, e2ePort, e2eRoot, e2eServerEnv } from './e2e-env';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
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

const server = spawn(bin('next'), ['start', '--port', String(e2ePort), '--hostname', '127.0.0.1'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  fs.rmSync(fixtureImages, { recursive: true, force: true });
  process.exit(code ?? 0);
});

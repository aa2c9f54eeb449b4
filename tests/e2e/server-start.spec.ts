/**
 * A host that cannot keep the SQLite file is refused at start, in one line naming what to set,
 * instead of losing the first consultation request. The production server (`next start` on the
 * end-to-end build) is started as a host would start it. Tests run as root, whom
 * chmod does not stop: an unwritable DATA_DIR is made real as a path under a regular file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bin, captureOutput, exited, stopServer } from '../../scripts/lib/server';
import { e2ePorts, e2eRoot, e2eServerEnv } from '../support/e2e-env';

const port = e2ePorts.serverStart;
const folder = path.join(e2eRoot, 'server-start');

/** Starts the production server with these variables; resolves with its exit code and output. */
async function startWith(vars: Record<string, string>) {
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: process.cwd(),
    env: { ...process.env, ...e2eServerEnv, ...vars },
    stdio: 'pipe',
  });
  const output = captureOutput(server);
  // A server that keeps running instead of stopping fails the test below, not the whole run.
  const deadline = setTimeout(() => void stopServer(server), 90_000);
  await exited(server);
  clearTimeout(deadline);
  return { code: server.exitCode, output: output() };
}

const startErrors = (output: string) =>
  output.split('\n').filter((line) => line.startsWith('[data] Cannot start:'));

test.beforeAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
});

test('an unwritable DATA_DIR stops the server at start, saying why and what to set', async () => {
  test.setTimeout(120_000);
  const regularFile = path.join(folder, 'a-file');
  fs.writeFileSync(regularFile, 'not a folder');
  const dataDir = path.join(regularFile, 'data');

  const { code, output } = await startWith({ DATA_DIR: dataDir });

  expect(code, output).toBe(1);
  const errors = startErrors(output);
  expect(errors, output).toHaveLength(1);
  expect(errors[0]).toContain(`DATA_DIR (${dataDir}) cannot hold the SQLite database`);
  expect(errors[0]).toContain('ENOTDIR');
  expect(errors[0]).toContain('DATABASE_URL');
  expect(output).not.toMatch(/^\s+at /m);
});

test('on a serverless host without DATABASE_URL and CRON_SECRET the server stops at start, naming both', async () => {
  test.setTimeout(120_000);
  const dataDir = path.join(folder, 'writable-for-now');

  const { code, output } = await startWith({ DATA_DIR: dataDir, VERCEL: '1' });

  expect(code, output).toBe(1);
  const errors = startErrors(output);
  expect(errors, output).toHaveLength(1);
  expect(errors[0]).toContain('serverless host, Vercel (VERCEL is set)');
  expect(errors[0]).toContain('Set DATABASE_URL to a PostgreSQL database');
  // Nothing else retries held e-mail or purges old requests there.
  expect(errors[0]).toContain('CRON_SECRET');
  expect(errors[0]).toContain('DATA_DIR cannot help');
  expect(output).not.toMatch(/^\s+at /m);
});

/**
 * Whether this host can keep what the site stores, decided at start (lib/server-start.ts), on
 * the real file system. Tests run as root, whom chmod does not stop, so "cannot write" is made
 * real with a path under a regular file; tests/e2e/server-start.spec.ts starts the production
 * server the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hostProblem } from '@/lib/host-check';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'host-check-'));
const hostVariables = [
  'DATA_DIR',
  'DATABASE_URL',
  'NEWSLETTER_SECRET',
  'CRON_SECRET',
  'VERCEL',
  'AWS_LAMBDA_FUNCTION_NAME',
] as const;
const saved = Object.fromEntries(hostVariables.map((name) => [name, process.env[name]]));

function onHost(vars: Partial<Record<(typeof hostVariables)[number], string>>) {
  for (const name of hostVariables) {
    if (vars[name] === undefined) delete process.env[name];
    else process.env[name] = vars[name];
  }
}

afterEach(() => {
  for (const name of hostVariables) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const regularFile = path.join(root, 'a-file');
fs.writeFileSync(regularFile, 'not a folder');
const unwritable = path.join(regularFile, 'data');
const secrets = {
  DATABASE_URL: 'postgres://site:secret@db.example.com:5432/site',
  NEWSLETTER_SECRET: 'a-newsletter-secret-for-the-tests',
  CRON_SECRET: 'a-cron-secret-for-the-tests',
};

describe('a server with a DATA_DIR', () => {
  it('starts when DATA_DIR is writable: created when missing, and left as it was', () => {
    const dataDir = path.join(root, 'new', 'data');
    onHost({ DATA_DIR: dataDir });
    expect(hostProblem()).toBeUndefined();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('does not when DATA_DIR cannot be a folder: the reason, the folder and the ways out, in one line', () => {
    onHost({ DATA_DIR: unwritable, NEWSLETTER_SECRET: secrets.NEWSLETTER_SECRET });
    const problem = hostProblem();
    expect(problem).toContain(`DATA_DIR (${unwritable}) cannot hold the SQLite database`);
    expect(problem).toContain('ENOTDIR');
    expect(problem).toContain('or set DATABASE_URL to a PostgreSQL database.');
    expect(problem).not.toContain('newsletter');
    expect(problem).not.toContain('\n');
  });

  it('with PostgreSQL, needs no DATA_DIR at all (the generated newsletter secret lives in the database)', () => {
    onHost({ DATA_DIR: unwritable, DATABASE_URL: secrets.DATABASE_URL });
    expect(hostProblem()).toBeUndefined();
  });
});

describe('a server on a serverless host', () => {
  it('does not start on Vercel without PostgreSQL, even where a folder can be written for now', () => {
    onHost({ DATA_DIR: root, VERCEL: '1' });
    expect(hostProblem()).toBe(
      'This is a serverless host, Vercel (VERCEL is set): no file and no process outlives a request. ' +
        'Set DATABASE_URL to a PostgreSQL database (a SQLite file would be lost, and every request in it); ' +
        "CRON_SECRET, at least 16 characters (vercel.json's call to /api/cron sends held e-mail and runs the retention purge). " +
        'DATA_DIR cannot help here.',
    );
  });

  it('names only what is missing, on AWS Lambda too', () => {
    onHost({ AWS_LAMBDA_FUNCTION_NAME: 'kap-site', ...secrets, CRON_SECRET: undefined });
    expect(hostProblem()).toMatch(/^This is a serverless host, AWS Lambda .*Set CRON_SECRET, /);
    expect(hostProblem()).not.toMatch(/DATABASE_URL/);
  });

  it('starts with both, whatever DATA_DIR says', () => {
    onHost({ DATA_DIR: unwritable, VERCEL: '1', ...secrets });
    expect(hostProblem()).toBeUndefined();
  });
});

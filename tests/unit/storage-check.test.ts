/**
 * Whether this server can keep what the site writes to DATA_DIR, decided at start
 * (lib/server-start.ts), on the real file system. Tests run as root, whom chmod does not stop,
 * so "cannot write" is made real with a path under a regular file; tests/e2e/server-start.spec.ts
 * starts the production server the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { storageProblem } from '@/lib/storage-check';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-check-'));
const hostVariables = [
  'DATA_DIR',
  'DATABASE_URL',
  'NEWSLETTER_SECRET',
  'VERCEL',
  'AWS_LAMBDA_FUNCTION_NAME',
] as const;
const saved = Object.fromEntries(hostVariables.map((name) => [name, process.env[name]]));

function onHost(vars: Partial<Record<(typeof hostVariables)[number], string>>) {
  for (const name of hostVariables) delete process.env[name];
  Object.assign(process.env, vars);
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
const databaseUrl = 'postgres://site:secret@db.example.com:5432/site';
const newsletterSecret = 'a-newsletter-secret-for-the-tests';

describe('can this server keep what the site writes to DATA_DIR?', () => {
  it('yes, in a writable DATA_DIR: created when missing, and left as it was', () => {
    const dataDir = path.join(root, 'new', 'data');
    onHost({ DATA_DIR: dataDir });
    expect(storageProblem()).toBeUndefined();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('no, when DATA_DIR cannot be a folder: the reason, the folder and the ways out, in one line', () => {
    onHost({ DATA_DIR: unwritable, NEWSLETTER_SECRET: newsletterSecret });
    const problem = storageProblem();
    expect(problem).toContain(`DATA_DIR (${unwritable}) cannot hold the SQLite database`);
    expect(problem).toContain('ENOTDIR');
    expect(problem).toContain('or set DATABASE_URL to a PostgreSQL database.');
    expect(problem).not.toContain('newsletter');
    expect(problem).not.toContain('\n');
  });

  it('with PostgreSQL, DATA_DIR still has to hold a generated newsletter secret', () => {
    onHost({ DATA_DIR: unwritable, DATABASE_URL: databaseUrl });
    expect(storageProblem()).toMatch(
      /cannot hold the generated newsletter secret: .*or set NEWSLETTER_SECRET/,
    );
    onHost({
      DATA_DIR: unwritable,
      DATABASE_URL: databaseUrl,
      NEWSLETTER_SECRET: newsletterSecret,
    });
    expect(storageProblem()).toBeUndefined();
  });

  it('no, on Vercel or AWS Lambda, even where a folder can be written for now', () => {
    onHost({ DATA_DIR: root, VERCEL: '1' });
    expect(storageProblem()).toBe(
      'This is a serverless host, Vercel (VERCEL is set): its file system keeps no file between ' +
        'requests, so it cannot hold the SQLite database (consultation requests, sign-ups, the mail ' +
        'outbox) and the generated newsletter secret. Set DATABASE_URL to a PostgreSQL database and ' +
        'NEWSLETTER_SECRET (at least 16 characters); DATA_DIR cannot help here.',
    );
    onHost({ DATA_DIR: root, AWS_LAMBDA_FUNCTION_NAME: 'kap-site', DATABASE_URL: databaseUrl });
    expect(storageProblem()).toMatch(
      /serverless host, AWS Lambda .*Set NEWSLETTER_SECRET \(at least 16 characters\);/,
    );
  });

  it('has nothing to ask when DATABASE_URL and NEWSLETTER_SECRET keep everything elsewhere', () => {
    onHost({
      DATA_DIR: unwritable,
      VERCEL: '1',
      DATABASE_URL: databaseUrl,
      NEWSLETTER_SECRET: newsletterSecret,
    });
    expect(storageProblem()).toBeUndefined();
  });
});

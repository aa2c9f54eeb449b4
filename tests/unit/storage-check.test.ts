/**
 * Where the SQLite database can live, decided at start (lib/server-start.ts), on the real file
 * system. Tests run as root, whom chmod does not stop, so "cannot write" is made real with a path
 * under a regular file; tests/e2e/server-start.spec.ts starts the production server the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sqliteStorageProblem } from '@/lib/storage-check';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-check-'));
const hostVariables = ['DATA_DIR', 'DATABASE_URL', 'VERCEL', 'AWS_LAMBDA_FUNCTION_NAME'] as const;
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

describe('can this server keep the SQLite database?', () => {
  it('yes, in a writable DATA_DIR: created when missing, and left as it was', () => {
    const dataDir = path.join(root, 'new', 'data');
    onHost({ DATA_DIR: dataDir });
    expect(sqliteStorageProblem()).toBeUndefined();
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('no, when DATA_DIR cannot be a folder: the reason, the folder and both ways out, in one line', () => {
    const dataDir = path.join(regularFile, 'data');
    onHost({ DATA_DIR: dataDir });
    const problem = sqliteStorageProblem();
    expect(problem).toContain(`DATA_DIR (${dataDir}) cannot hold the SQLite database`);
    expect(problem).toContain('ENOTDIR');
    expect(problem).toContain('DATABASE_URL');
    expect(problem).not.toContain('\n');
  });

  it('no, on Vercel or AWS Lambda, even where a folder can be written for now', () => {
    onHost({ DATA_DIR: root, VERCEL: '1' });
    expect(sqliteStorageProblem()).toMatch(/serverless host, Vercel .*Set DATABASE_URL/);
    onHost({ DATA_DIR: root, AWS_LAMBDA_FUNCTION_NAME: 'kap-site' });
    expect(sqliteStorageProblem()).toMatch(/serverless host, AWS Lambda .*Set DATABASE_URL/);
  });

  it('does not ask when DATABASE_URL puts the data in PostgreSQL', () => {
    onHost({
      DATA_DIR: path.join(regularFile, 'data'),
      VERCEL: '1',
      DATABASE_URL: 'postgres://site:secret@db.example.com:5432/site',
    });
    expect(sqliteStorageProblem()).toBeUndefined();
  });
});

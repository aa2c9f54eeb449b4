/**
 * The two database engines the store's tests run on: a real SQLite file in a temporary DATA_DIR,
 * and a real PostgreSQL database (its own, on the server tests/support/postgres-global-setup.ts
 * started). `useEngine` points the environment at one for a describe block, as a server's
 * environment would, and closes it afterwards.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDatabases, database, type Db } from '@/lib/db';
import { createDatabaseAt } from '../../scripts/lib/postgres-cluster';

export type EngineName = 'SQLite' | 'PostgreSQL';
export const engineNames: EngineName[] = ['SQLite', 'PostgreSQL'];

export interface EngineUnderTest {
  name: EngineName;
  /** The variables that select this database (DATA_DIR or DATABASE_URL). */
  env: Record<string, string>;
  /** The temporary DATA_DIR (SQLite), where no file may appear on PostgreSQL. */
  dataDir: string;
  db: () => Promise<Db>;
}

/** Sets the environment to a fresh database of `name` for the enclosing describe block. */
export function useEngine(name: EngineName): EngineUnderTest {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
  const engine: EngineUnderTest = { name, env: {}, dataDir, db: database };
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  beforeAll(async () => {
    await closeDatabases();
    engine.env =
      name === 'SQLite'
        ? { DATA_DIR: dataDir, DATABASE_URL: '' }
        : {
            DATA_DIR: dataDir,
            DATABASE_URL: await createDatabaseAt(
              inject('postgresUrl'),
              `test_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
            ),
          };
    Object.assign(process.env, engine.env);
  });
  afterAll(async () => {
    await closeDatabases();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return engine;
}

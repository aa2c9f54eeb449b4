import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db';
import { env, type Env } from '@/lib/env';

/**
 * Can this server keep the SQLite database? Asked once at start (lib/server-start.ts), so that a
 * host that would lose every consultation request says so before the first one arrives.
 */

/** The serverless host the site runs on, if any: its file system is read-only or vanishes. */
export function serverlessHost(vars: Env = env()): string | undefined {
  if (vars.VERCEL) return 'Vercel (VERCEL is set)';
  if (vars.AWS_LAMBDA_FUNCTION_NAME) return 'AWS Lambda (AWS_LAMBDA_FUNCTION_NAME is set)';
  return undefined;
}

/**
 * Why the SQLite database cannot live here, in one line naming what to set; undefined when it
 * can, or when DATABASE_URL puts the data in PostgreSQL instead.
 */
export function sqliteStorageProblem(): string | undefined {
  const vars = env();
  if (vars.DATABASE_URL) return undefined;
  const host = serverlessHost(vars);
  if (host) {
    return (
      `This is a serverless host, ${host}: its file system keeps no SQLite file between requests, ` +
      'so consultation requests would be lost. Set DATABASE_URL to a PostgreSQL database ' +
      '(DATA_DIR cannot help here).'
    );
  }
  const dir = dataDir();
  try {
    // What SQLite needs: the folder, and files created in it (the database, its -wal and -shm).
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-check-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    const who =
      (code === 'EACCES' || code === 'EPERM') && process.getuid
        ? ` for the user this server runs as (uid ${process.getuid()})`
        : '';
    return (
      `DATA_DIR (${dir}) cannot hold the SQLite database${who}: ${reason}. ` +
      'Set DATA_DIR to a writable folder (in a container, the volume mounted at /data), ' +
      'or DATABASE_URL to a PostgreSQL database.'
    );
  }
}

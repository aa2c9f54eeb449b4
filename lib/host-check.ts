import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db';
import { env, type Env } from '@/lib/env';

/**
 * Can this host keep what the site stores and promises? Asked once at start
 * (lib/server-start.ts), so that a host that would lose consultation requests says so before
 * the first one arrives. The SQLite database lives in DATA_DIR unless DATABASE_URL moves it to
 * PostgreSQL (the generated newsletter secret lives in the database too). On a serverless host
 * nothing outlives a request, neither files nor the server's own retry and purge loops, so
 * /api/cron (CRON_SECRET) must do their work.
 */

/** The serverless host the site runs on, if any: its file system is read-only or vanishes. */
export function serverlessHost(vars: Env = env()): string | undefined {
  if (vars.VERCEL) return 'Vercel (VERCEL is set)';
  if (vars.AWS_LAMBDA_FUNCTION_NAME) return 'AWS Lambda (AWS_LAMBDA_FUNCTION_NAME is set)';
  return undefined;
}

/** What this host cannot keep, in one line naming what to set; undefined when all is well. */
export function hostProblem(): string | undefined {
  const vars = env();
  const host = serverlessHost(vars);
  if (host) {
    const unset = [
      !vars.DATABASE_URL &&
        'DATABASE_URL to a PostgreSQL database (a SQLite file would be lost, and every request in it)',
      !vars.CRON_SECRET &&
        "CRON_SECRET, at least 16 characters (vercel.json's call to /api/cron sends held e-mail and runs the retention purge)",
    ].filter((remedy) => remedy !== false);
    if (unset.length === 0) return undefined;
    return (
      `This is a serverless host, ${host}: no file and no process outlives a request. ` +
      `Set ${unset.join('; ')}. DATA_DIR cannot help here.`
    );
  }

  if (vars.DATABASE_URL) return undefined;
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
      `DATA_DIR (${dir}) cannot hold the SQLite database (consultation requests, sign-ups, the mail outbox)${who}: ` +
      `${reason}. Set DATA_DIR to a writable folder (in a container, the volume mounted at /data), ` +
      `or set DATABASE_URL to a PostgreSQL database.`
    );
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db';
import { env, type Env } from '@/lib/env';

/**
 * Can this server keep what the site writes to DATA_DIR? Asked once at start
 * (lib/server-start.ts), so that a host that would lose every consultation request says so
 * before the first one arrives. Two things live there unless configured elsewhere: the SQLite
 * database (DATABASE_URL moves it to PostgreSQL) and the generated newsletter secret
 * (NEWSLETTER_SECRET replaces it).
 */

/** The serverless host the site runs on, if any: its file system is read-only or vanishes. */
export function serverlessHost(vars: Env = env()): string | undefined {
  if (vars.VERCEL) return 'Vercel (VERCEL is set)';
  if (vars.AWS_LAMBDA_FUNCTION_NAME) return 'AWS Lambda (AWS_LAMBDA_FUNCTION_NAME is set)';
  return undefined;
}

/** Why DATA_DIR cannot hold what the site needs it for, in one line naming what to set; undefined when it can. */
export function storageProblem(): string | undefined {
  const vars = env();
  const unset = [
    !vars.DATABASE_URL && {
      what: 'the SQLite database (consultation requests, sign-ups, the mail outbox)',
      remedy: 'DATABASE_URL to a PostgreSQL database',
    },
    !vars.NEWSLETTER_SECRET && {
      what: 'the generated newsletter secret',
      remedy: 'NEWSLETTER_SECRET (at least 16 characters)',
    },
  ].filter((need) => need !== false);
  if (unset.length === 0) return undefined;
  const what = unset.map((need) => need.what).join(' and ');
  const remedy = unset.map((need) => need.remedy).join(' and ');

  const host = serverlessHost(vars);
  if (host) {
    return (
      `This is a serverless host, ${host}: its file system keeps no file between requests, ` +
      `so it cannot hold ${what}. Set ${remedy}; DATA_DIR cannot help here.`
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
      `DATA_DIR (${dir}) cannot hold ${what}${who}: ${reason}. Set DATA_DIR to a writable ` +
      `folder (in a container, the volume mounted at /data), or set ${remedy}.`
    );
  }
}

import 'server-only';
import { pingDatabase } from '@/lib/db';

/**
 * What GET /api/health reports: whether the database answers, the one thing a running server
 * needs that can break while it runs (the pages are prebuilt). Container health checks, load
 * balancers and uptime monitors read it.
 */

/** Asks the database (SQLite or PostgreSQL) a question; throws when it cannot answer. */
export function checkDatabase(): Promise<void> {
  return pingDatabase();
}

export type HealthReport = { ok: true } | { ok: false; reason: string };

/** A database that has not answered within this long counts as down (a hung connection, a locked file). */
export const DATABASE_CHECK_TIMEOUT_MS = 3000;

export async function healthReport(): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${DATABASE_CHECK_TIMEOUT_MS} ms`)),
      DATABASE_CHECK_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([checkDatabase(), timeout]);
    return { ok: true };
  } catch (error) {
    // The details go to the server log, not to whoever asks.
    console.error(
      '[health] the database does not answer:',
      error instanceof Error ? error.message : error,
    );
    return { ok: false, reason: 'the database does not answer' };
  } finally {
    clearTimeout(timer);
  }
}

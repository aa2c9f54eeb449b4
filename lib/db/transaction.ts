import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Db } from './connection';
import { isPostgres } from './engine';
import type { Tables } from './schema';

export type Trx = Transaction<Tables>;

/** A 64-bit advisory-lock key for a text key (PostgreSQL's advisory locks take a bigint). */
function lockKey(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

/**
 * Runs `work` in one transaction: everything it writes is stored together or not at all.
 *
 * `serializeOn` names what concurrent writers must not decide at the same time (a request's
 * fingerprint and token, a rate-limit bucket). On PostgreSQL each becomes a transaction-scoped
 * advisory lock, taken in one statement and in a fixed order (so two transactions never wait on
 * each other in a circle): a second server's transaction for the same key waits until the first
 * commits, then sees its rows. On SQLite the transaction itself is the lock (BEGIN IMMEDIATE holds
 * the database's single write lock), so the keys need nothing more.
 */
export function writeTransaction<T>(
  db: Db,
  work: (trx: Trx) => Promise<T>,
  { serializeOn = [] }: { serializeOn?: readonly string[] } = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (serializeOn.length > 0 && isPostgres(trx)) {
      const keys = [...new Set(serializeOn.map(lockKey))]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map(String);
      await sql`SELECT pg_advisory_xact_lock(k) FROM unnest(${keys}::bigint[]) AS t(k)`.execute(
        trx,
      );
    }
    return work(trx);
  });
}

import { sql } from 'kysely';
import type { Trx } from './transaction';

export interface RateLimitRule {
  max: number;
  windowMs: number;
}

/**
 * True when every bucket has room in the sliding window; then records one hit in each. One
 * statement (a round trip less to PostgreSQL per request): the hits are inserted only where no
 * bucket already holds `max` hits in the window, and the rows it inserted say which happened.
 * Runs in the caller's transaction, serialised on the buckets (writeTransaction's `serializeOn`),
 * so requests arriving at two servers at once are counted one after the other. Hits older than
 * the window count for nothing; the daily purge (lib/db/retention.ts) deletes them.
 */
export async function takeRateLimit(
  trx: Trx,
  buckets: readonly string[],
  now: number,
  limit: RateLimitRule,
): Promise<boolean> {
  if (buckets.length === 0) return true;
  const since = now - limit.windowMs;
  const hits = sql.join(
    buckets.map((bucket) => sql`SELECT ${bucket} AS bucket`),
    sql` UNION ALL `,
  );
  const result = await sql`
    INSERT INTO rate_limit_hits (bucket, at)
    SELECT hit.bucket, CAST(${now} AS bigint) FROM (${hits}) AS hit
    WHERE NOT EXISTS (
      SELECT 1 FROM rate_limit_hits
      WHERE bucket IN (${sql.join(buckets)}) AND at >= ${since}
      GROUP BY bucket
      HAVING count(*) >= ${limit.max}
    )`.execute(trx);
  return Number(result.numAffectedRows) > 0;
}

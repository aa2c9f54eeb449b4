import type { Trx } from './transaction';

export interface RateLimitRule {
  max: number;
  windowMs: number;
}

/**
 * True when every bucket has room in the sliding window; then records one hit in each. Runs in the
 * caller's transaction, serialised on the buckets (writeTransaction's `serializeOn`), so requests
 * arriving at two servers at once are counted one after the other.
 */
export async function takeRateLimit(
  trx: Trx,
  buckets: readonly string[],
  now: number,
  limit: RateLimitRule,
): Promise<boolean> {
  const since = now - limit.windowMs;
  if (buckets.length === 0) return true;
  // Only these buckets' old hits: rows other transactions hold stay untouched (no waiting, no
  // deadlock); the daily purge clears the rest.
  await trx
    .deleteFrom('rate_limit_hits')
    .where('bucket', 'in', buckets)
    .where('at', '<', since)
    .execute();
  const counts = await trx
    .selectFrom('rate_limit_hits')
    .select(['bucket', (eb) => eb.fn.countAll<number>().as('hits')])
    .where('bucket', 'in', buckets)
    .where('at', '>=', since)
    .groupBy('bucket')
    .execute();
  if (counts.some((row) => Number(row.hits) >= limit.max)) return false;
  await trx
    .insertInto('rate_limit_hits')
    .values(buckets.map((bucket) => ({ bucket, at: now })))
    .execute();
  return true;
}

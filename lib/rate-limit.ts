import 'server-only';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { env } from '@/lib/env';

/**
 * A sliding-window limit kept in SQLite, so a restart does not reset it.
 * Buckets are hashed: the table never holds an IP or e-mail address in the clear.
 */
export const RATE_LIMIT = { max: 5, windowMs: 10 * 60_000 };

export function bucketKey(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 32)}`;
}

/** True when every bucket has room; then records one hit in each. Call it inside a transaction. */
export function takeRateLimit(
  db: Database.Database,
  buckets: string[],
  now = Date.now(),
  limit = RATE_LIMIT,
): boolean {
  const since = now - limit.windowMs;
  db.prepare('DELETE FROM rate_limit_hits WHERE at < ?').run(since);
  const count = db.prepare(
    'SELECT count(*) AS n FROM rate_limit_hits WHERE bucket = ? AND at >= ?',
  );
  for (const bucket of buckets) {
    if ((count.get(bucket, since) as { n: number }).n >= limit.max) return false;
  }
  const insert = db.prepare('INSERT INTO rate_limit_hits (bucket, at) VALUES (?, ?)');
  for (const bucket of buckets) insert.run(bucket, now);
  return true;
}

/**
 * Who is asking, for the limit. Behind a proxy (TRUST_PROXY set) the first x-forwarded-for hop is the
 * client. Without it, `next start` fills x-forwarded-for with the socket address when the client did
 * not send one, so the whole header is used as it came.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for') ?? '';
  if (env().TRUST_PROXY) return forwarded.split(',')[0]?.trim() || 'unknown';
  return forwarded.trim() || 'unknown';
}

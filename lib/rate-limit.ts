import 'server-only';
import { createHash } from 'node:crypto';
import type { RateLimitRule } from '@/lib/db/rate-limit';
import { env } from '@/lib/env';

/**
 * A sliding-window limit counted in the database (lib/db/rate-limit.ts), so a restart does not
 * reset it and every server counts the same hits. Buckets are hashed: the table never holds an IP
 * or e-mail address in the clear.
 */
export const RATE_LIMIT: RateLimitRule = { max: 5, windowMs: 10 * 60_000 };

export function bucketKey(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 32)}`;
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

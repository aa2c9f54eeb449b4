import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configuredDatabase, databaseLabel, dataDir, openDatabase } from '@/lib/db';
import { settingOrCreate } from '@/lib/db/settings';
import { env } from '@/lib/env';

/**
 * Signed links in e-mails (newsletter confirm and unsubscribe, booking cancel/reschedule):
 * `<payload>.<HMAC-SHA256>` in base64url, the payload being the claims as JSON, keyed with
 * NEWSLETTER_SECRET (or a secret generated once into the database, `linkSecret`). The purpose is signed with the
 * claims, so a link made for one purpose never works for another. No `server-only`: the tests
 * and command-line tools sign links too.
 */

/** A newsletter confirm link is good for this long; unsubscribe links never expire. */
export const CONFIRM_LINK_HOURS = 48;

const claimsSchema = z.discriminatedUnion('purpose', [
  z.object({
    purpose: z.literal('confirm'),
    email: z.string(),
    /** One-time value: a confirm link is good for one sign-up request. */
    nonce: z.string().optional(),
    /** Milliseconds since the epoch. */
    expiresAt: z.number().optional(),
  }),
  /** No expiry: an unsubscribe link must keep working. */
  z.object({ purpose: z.literal('unsubscribe'), email: z.string() }),
  /** Cancel or reschedule one booking; typically expires when the consultation starts. */
  z.object({
    purpose: z.literal('booking'),
    bookingId: z.string(),
    expiresAt: z.number().optional(),
  }),
]);

export type LinkClaims = z.infer<typeof claimsSchema>;
export type LinkPurpose = LinkClaims['purpose'];
export type ClaimsFor<P extends LinkPurpose> = Extract<LinkClaims, { purpose: P }>;

export type LinkCheck<P extends LinkPurpose = LinkPurpose> =
  | { ok: true; claims: ClaimsFor<P> }
  | { ok: false; reason: 'forged' | 'expired' | 'wrong-purpose' };

const globalForSecret = globalThis as typeof globalThis & {
  __linkSecrets?: Map<string, Promise<string>>;
};

/**
 * The signing key: NEWSLETTER_SECRET when set; otherwise a secret generated once and kept in the
 * database's settings table, so every server on the same database signs and checks links alike
 * (and, on PostgreSQL, nothing is written to disk). A SQLite site from before keeps the secret it
 * generated into DATA_DIR/newsletter-secret: it is moved into the table, so links already sent
 * keep working.
 */
export function linkSecret(): Promise<string> {
  const configured = env().NEWSLETTER_SECRET;
  if (configured) return Promise.resolve(configured);
  const config = configuredDatabase();
  const key = databaseLabel(config);
  const cache = (globalForSecret.__linkSecrets ??= new Map());
  let secret = cache.get(key);
  if (!secret) {
    secret = (async () => {
      const legacyFile = path.join(dataDir(), 'newsletter-secret');
      const legacy =
        config.engine === 'sqlite' && fs.existsSync(legacyFile)
          ? fs.readFileSync(legacyFile, 'utf8').trim()
          : '';
      return settingOrCreate(
        await openDatabase(config),
        'newsletter_secret',
        () => legacy || randomBytes(32).toString('base64url'),
      );
    })();
    cache.set(key, secret);
    secret.catch(() => cache.delete(key));
  }
  return secret;
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signLink(claims: LinkClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

export function verifyLink<P extends LinkPurpose>(
  token: string,
  purpose: P,
  now: number,
  secret: string,
): LinkCheck<P> {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 2000)
    return { ok: false, reason: 'forged' };
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'forged' };
  }
  const parsed = claimsSchema.safeParse(json);
  if (!parsed.success || parsed.data.purpose !== purpose)
    return { ok: false, reason: 'wrong-purpose' };
  const claims = parsed.data as ClaimsFor<P>;
  if ('expiresAt' in claims && claims.expiresAt !== undefined && claims.expiresAt < now)
    return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

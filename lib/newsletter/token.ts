import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { configuredDatabase, databaseLabel, dataDir, openDatabase } from '@/lib/db';
import { settingOrCreate } from '@/lib/db/settings';
import { env } from '@/lib/env';

/**
 * Signed newsletter links: `<payload>.<HMAC-SHA256>` in base64url, keyed with NEWSLETTER_SECRET
 * (or a secret generated once into the database). Confirm links expire; unsubscribe links do not,
 * because an unsubscribe link must keep working.
 */

export const CONFIRM_LINK_HOURS = 48;

export type LinkPurpose = 'confirm' | 'unsubscribe';

export interface LinkClaims {
  purpose: LinkPurpose;
  email: string;
  /** One-time value: a confirm link is good for one sign-up request. */
  nonce?: string;
  /** Milliseconds since the epoch; absent for unsubscribe links. */
  expiresAt?: number;
}

export type LinkCheck =
  { ok: true; claims: LinkClaims } | { ok: false; reason: 'forged' | 'expired' | 'wrong-purpose' };

const globalForSecret = globalThis as typeof globalThis & {
  __newsletterSecrets?: Map<string, Promise<string>>;
};

/**
 * NEWSLETTER_SECRET when set; otherwise a secret generated once and kept in the database's
 * settings table, so every server on the same database signs and checks links alike (and, on
 * PostgreSQL, nothing is written to disk). A SQLite site from before keeps the secret it generated
 * into DATA_DIR/newsletter-secret: it is moved into the table, so links already sent keep working.
 */
export function newsletterSecret(): Promise<string> {
  const configured = env().NEWSLETTER_SECRET;
  if (configured) return Promise.resolve(configured);
  const config = configuredDatabase();
  const key = databaseLabel(config);
  const cache = (globalForSecret.__newsletterSecrets ??= new Map());
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

export function verifyLink(
  token: string,
  purpose: LinkPurpose,
  now: number,
  secret: string,
): LinkCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 2000)
    return { ok: false, reason: 'forged' };
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'forged' };
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    return { ok: false, reason: 'forged' };
  }
  if (claims.purpose !== purpose || typeof claims.email !== 'string')
    return { ok: false, reason: 'wrong-purpose' };
  if (claims.expiresAt !== undefined && claims.expiresAt < now)
    return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from '@/lib/db';
import { env } from '@/lib/env';

/**
 * Signed newsletter links: `<payload>.<HMAC-SHA256>` in base64url, keyed with NEWSLETTER_SECRET
 * (or a secret generated once into DATA_DIR). Confirm links expire; unsubscribe links do not,
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

export function newsletterSecret(): string {
  const configured = env().NEWSLETTER_SECRET;
  if (configured) return configured;
  const file = path.join(dataDir(), 'newsletter-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch {
      // Another process wrote it first: use theirs.
    }
    return fs.readFileSync(file, 'utf8').trim();
  }
}

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signLink(claims: LinkClaims, secret = newsletterSecret()): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

export function verifyLink(
  token: string,
  purpose: LinkPurpose,
  now = Date.now(),
  secret = newsletterSecret(),
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

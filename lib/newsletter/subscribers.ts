import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { getDb, nowIso } from '@/lib/db';
import { enqueue, type OutboxItem } from '@/lib/mail/outbox';
import { bucketKey, takeRateLimit } from '@/lib/rate-limit';
import { CONFIRM_LINK_HOURS, signLink, verifyLink } from '@/lib/signed-links';
import { absoluteUrl } from '@/lib/site';

/** Newsletter sign-ups with double opt-in: pending until the link in the e-mail is confirmed. */

export interface SubscriberRow {
  id: string;
  email: string;
  status: 'pending' | 'confirmed' | 'unsubscribed';
  confirm_nonce: string | null;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

export function unsubscribeLinks(email: string) {
  const token = signLink({ purpose: 'unsubscribe', email });
  return {
    /** The page with a button, for people. */
    unsubscribeUrl: absoluteUrl(`/newsletter/unsubscribe?token=${token}`),
    /** RFC 8058 one-click, for mail clients (List-Unsubscribe-Post). */
    oneClickUrl: absoluteUrl(`/api/newsletter/unsubscribe?token=${token}`),
  };
}

export function confirmLink(email: string, nonce: string, now = Date.now()): string {
  const token = signLink({
    purpose: 'confirm',
    email,
    nonce,
    expiresAt: now + CONFIRM_LINK_HOURS * 3600_000,
  });
  return absoluteUrl(`/newsletter/confirm?token=${token}`);
}

export type SubscribeResult =
  { status: 'sent' } | { status: 'already-confirmed' } | { status: 'rate-limited' };

/**
 * Records a sign-up and queues its confirmation e-mail, in one transaction. `message` builds the
 * e-mail for the link (rendered before the transaction starts).
 */
export async function requestSubscription(
  email: string,
  client: string,
  message: (links: {
    confirmUrl: string;
    unsubscribeUrl: string;
    oneClickUrl: string;
  }) => Promise<OutboxItem>,
): Promise<SubscribeResult & { subscriberId?: string }> {
  const db = getDb();
  const normalized = email.trim().toLowerCase();
  const nonce = randomBytes(12).toString('base64url');
  const item = await message({
    confirmUrl: confirmLink(normalized, nonce),
    ...unsubscribeLinks(normalized),
  });
  const run = db.transaction((): SubscribeResult & { subscriberId?: string } => {
    const existing = db.prepare('SELECT * FROM subscribers WHERE email = ?').get(normalized) as
      SubscriberRow | undefined;
    if (existing?.status === 'confirmed') return { status: 'already-confirmed' };
    if (
      !takeRateLimit(db, [
        bucketKey('newsletter-client', client),
        bucketKey('newsletter-email', normalized),
      ])
    )
      return { status: 'rate-limited' };
    const id = existing?.id ?? randomUUID();
    if (existing) {
      db.prepare(`UPDATE subscribers SET status = 'pending', confirm_nonce = ? WHERE id = ?`).run(
        nonce,
        id,
      );
    } else {
      db.prepare(
        `INSERT INTO subscribers (id, email, status, confirm_nonce, created_at) VALUES (?, ?, 'pending', ?, ?)`,
      ).run(id, normalized, nonce, nowIso());
    }
    enqueue(db, [item], { subscriberId: id });
    return { status: 'sent', subscriberId: id };
  });
  return run.immediate();
}

export type ConfirmResult =
  | { status: 'confirmed'; email: string; subscriberId: string }
  | { status: 'already-confirmed'; email: string }
  | { status: 'used' }
  | { status: 'expired' }
  | { status: 'forged' };

/** Looks at a confirm link without using it (what the GET page shows). */
export function inspectConfirmLink(
  token: string,
): ConfirmResult | { status: 'ready'; email: string } {
  const check = verifyLink(token, 'confirm');
  if (!check.ok) return { status: check.reason === 'expired' ? 'expired' : 'forged' };
  const row = getDb()
    .prepare('SELECT * FROM subscribers WHERE email = ?')
    .get(check.claims.email) as SubscriberRow | undefined;
  if (row?.status === 'pending' && row.confirm_nonce === check.claims.nonce)
    return { status: 'ready', email: row.email };
  if (row?.status === 'confirmed') return { status: 'already-confirmed', email: row.email };
  return { status: 'used' };
}

/** Confirms a sign-up once: marks the subscriber confirmed and queues the Resend contact. */
export function confirmSubscription(token: string): ConfirmResult {
  const check = verifyLink(token, 'confirm');
  if (!check.ok) return { status: check.reason === 'expired' ? 'expired' : 'forged' };
  const db = getDb();
  const run = db.transaction((): ConfirmResult => {
    const row = db.prepare('SELECT * FROM subscribers WHERE email = ?').get(check.claims.email) as
      SubscriberRow | undefined;
    if (!row) return { status: 'used' };
    if (row.status === 'confirmed') return { status: 'already-confirmed', email: row.email };
    if (row.status !== 'pending' || row.confirm_nonce !== check.claims.nonce)
      return { status: 'used' };
    db.prepare(
      `UPDATE subscribers SET status = 'confirmed', confirm_nonce = NULL, confirmed_at = ? WHERE id = ?`,
    ).run(nowIso(), row.id);
    enqueue(
      db,
      [{ operation: 'contact', purpose: 'newsletter-contact', payload: { email: row.email } }],
      { subscriberId: row.id },
    );
    return { status: 'confirmed', email: row.email, subscriberId: row.id };
  });
  return run.immediate();
}

export type UnsubscribeResult =
  { status: 'unsubscribed'; email: string; subscriberId?: string } | { status: 'forged' };

/** Unsubscribes for good (the Resend contact is marked unsubscribed too). Safe to repeat. */
export function unsubscribe(token: string): UnsubscribeResult {
  const check = verifyLink(token, 'unsubscribe');
  if (!check.ok) return { status: 'forged' };
  const db = getDb();
  const run = db.transaction((): UnsubscribeResult => {
    const row = db.prepare('SELECT * FROM subscribers WHERE email = ?').get(check.claims.email) as
      SubscriberRow | undefined;
    if (!row || row.status === 'unsubscribed')
      return { status: 'unsubscribed', email: check.claims.email };
    db.prepare(
      `UPDATE subscribers SET status = 'unsubscribed', confirm_nonce = NULL, unsubscribed_at = ? WHERE id = ?`,
    ).run(nowIso(), row.id);
    if (row.status === 'confirmed') {
      enqueue(
        db,
        [
          {
            operation: 'contact-unsubscribe',
            purpose: 'newsletter-unsubscribe',
            payload: { email: row.email },
          },
        ],
        { subscriberId: row.id },
      );
    }
    return { status: 'unsubscribed', email: row.email, subscriberId: row.id };
  });
  return run.immediate();
}

export function verifyUnsubscribeLink(token: string) {
  return verifyLink(token, 'unsubscribe');
}

import 'server-only';
import { randomBytes } from 'node:crypto';
import { database } from '@/lib/db';
import {
  confirmSignUp,
  storeSignUp,
  unsubscribeSubscriber,
  findSubscriber,
  type ConfirmSignUpResult,
  type SignUpResult,
} from '@/lib/db/subscribers';
import type { OutboxItem } from '@/lib/mail/outbox';
import { bucketKey, RATE_LIMIT } from '@/lib/rate-limit';
import { absoluteUrl } from '@/lib/site';
import { CONFIRM_LINK_HOURS, linkSecret, signLink, verifyLink } from '@/lib/signed-links';

/** Newsletter sign-ups with double opt-in: pending until the link in the e-mail is confirmed. */

export async function unsubscribeLinks(email: string) {
  const token = signLink({ purpose: 'unsubscribe', email }, await linkSecret());
  return {
    /** The page with a button, for people. */
    unsubscribeUrl: absoluteUrl(`/newsletter/unsubscribe?token=${token}`),
    /** RFC 8058 one-click, for mail clients (List-Unsubscribe-Post). */
    oneClickUrl: absoluteUrl(`/api/newsletter/unsubscribe?token=${token}`),
  };
}

export async function confirmLink(email: string, nonce: string, now = Date.now()) {
  const token = signLink(
    { purpose: 'confirm', email, nonce, expiresAt: now + CONFIRM_LINK_HOURS * 3600_000 },
    await linkSecret(),
  );
  return absoluteUrl(`/newsletter/confirm?token=${token}`);
}

export type SubscribeResult = { status: SignUpResult['status']; subscriberId?: string };

/**
 * Records a sign-up and queues its confirmation e-mail, in one transaction. `message` builds the
 * e-mail for the link (its body is rendered by the outbox, after the response).
 */
export async function requestSubscription(
  email: string,
  client: string,
  message: (links: {
    confirmUrl: string;
    unsubscribeUrl: string;
    oneClickUrl: string;
  }) => OutboxItem,
): Promise<SubscribeResult> {
  const normalized = email.trim().toLowerCase();
  const nonce = randomBytes(12).toString('base64url');
  const item = message({
    confirmUrl: await confirmLink(normalized, nonce),
    ...(await unsubscribeLinks(normalized)),
  });
  return storeSignUp(await database(), {
    email: normalized,
    nonce,
    message: item,
    now: new Date(),
    rateLimit: {
      buckets: [bucketKey('newsletter-client', client), bucketKey('newsletter-email', normalized)],
      rule: RATE_LIMIT,
    },
  });
}

export type ConfirmResult = ConfirmSignUpResult | { status: 'expired' } | { status: 'forged' };

async function checkConfirmLink(token: string) {
  const check = verifyLink(token, 'confirm', Date.now(), await linkSecret());
  if (!check.ok) return { status: check.reason === 'expired' ? 'expired' : 'forged' } as const;
  return check;
}

/** Looks at a confirm link without using it (what the GET page shows). */
export async function inspectConfirmLink(
  token: string,
): Promise<ConfirmResult | { status: 'ready'; email: string }> {
  const check = await checkConfirmLink(token);
  if (!('ok' in check)) return check;
  const row = await findSubscriber(await database(), check.claims.email);
  if (row?.status === 'pending' && row.confirm_nonce === check.claims.nonce)
    return { status: 'ready', email: row.email };
  if (row?.status === 'confirmed') return { status: 'already-confirmed', email: row.email };
  return { status: 'used' };
}

/** Confirms a sign-up once: marks the subscriber confirmed and queues the Resend contact. */
export async function confirmSubscription(token: string): Promise<ConfirmResult> {
  const check = await checkConfirmLink(token);
  if (!('ok' in check)) return check;
  const { email, nonce } = check.claims;
  return confirmSignUp(await database(), {
    email,
    nonce,
    contact: { operation: 'contact', purpose: 'newsletter-contact', payload: { email } },
    now: new Date(),
  });
}

export type UnsubscribeResult =
  { status: 'unsubscribed'; email: string; subscriberId?: string } | { status: 'forged' };

/**
 * Unsubscribes at once, and queues the removal of the Resend contact; the address is deleted once
 * Resend has removed it (the daily purge). Safe to repeat.
 */
export async function unsubscribe(token: string): Promise<UnsubscribeResult> {
  const check = await verifyUnsubscribeLink(token);
  if (!check.ok) return { status: 'forged' };
  const { email } = check.claims;
  const result = await unsubscribeSubscriber(await database(), {
    email,
    contactRemoval: {
      operation: 'contact-remove',
      purpose: 'newsletter-remove',
      payload: { email },
    },
    now: new Date(),
  });
  return { status: 'unsubscribed', ...result };
}

export async function verifyUnsubscribeLink(token: string) {
  return verifyLink(token, 'unsubscribe', Date.now(), await linkSecret());
}

import 'server-only';
import { createHash } from 'node:crypto';
import { database } from '@/lib/db';
import { storeLeadOnce, type StoreLeadResult } from '@/lib/db/leads';
import type { OutboxItem } from '@/lib/db/schema';
import type { ConsultationInput } from '@/lib/forms/consultation-schema';
import { bucketKey, RATE_LIMIT } from '@/lib/rate-limit';

/** The same request twice within this window is one request (a reload or a resend without JavaScript). */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export type SaveLeadResult = StoreLeadResult;

/** The request's fingerprint; a booking's includes its slot (the same words for another time is another booking). */
export function leadFingerprint(lead: ConsultationInput, slotStart?: string): string {
  const normalized = {
    ...lead,
    ...(slotStart ? { slot: new Date(slotStart).toISOString() } : {}),
    email: lead.email.toLowerCase(),
    name: lead.name.toLowerCase().replace(/\s+/g, ' '),
  };
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
}

/**
 * Stores a consultation request and its two outbox rows in one transaction: either all three are
 * written or none. A repeated client token, or the same request within DUPLICATE_WINDOW_MS, returns
 * the lead already stored instead of a second one (and so no second mail). At most
 * RATE_LIMIT.max new requests per client address and per e-mail address in its window. With a
 * booking, the slot is stored in the same transaction, or nothing is (`taken`: another holds it).
 */
export async function saveLead(
  lead: ConsultationInput,
  messages: OutboxItem[],
  {
    clientToken,
    client,
    now = new Date(),
    booking,
  }: {
    clientToken?: string;
    client: string;
    now?: Date;
    /** The slot she chose, under the id its e-mails already name: stored with the request, or `taken`. */
    booking?: { id: string; slot: { start: string; end: string } };
  },
): Promise<SaveLeadResult> {
  return storeLeadOnce(await database(), {
    fields: {
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      contact_method: lead.contactMethod,
      best_time: lead.bestTime,
      interest: lead.interest,
      session_format: lead.sessionFormat,
      in_california: lead.inCalifornia,
      message: lead.message,
    },
    fingerprint: leadFingerprint(lead, booking?.slot.start),
    clientToken,
    duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    now,
    rateLimit: {
      buckets: [
        bucketKey('consultation-client', client),
        bucketKey('consultation-email', lead.email),
      ],
      rule: RATE_LIMIT,
    },
    messages,
    booking,
  });
}

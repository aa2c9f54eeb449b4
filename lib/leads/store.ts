import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { getDb, nowIso } from '@/lib/db';
import type { ConsultationInput } from '@/lib/forms/consultation-schema';
import { enqueue, type OutboxItem } from '@/lib/mail/outbox';
import { bucketKey, takeRateLimit } from '@/lib/rate-limit';

/** The same request twice within this window is one request (a reload or a resend without JavaScript). */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export type SaveLeadResult =
  | { status: 'stored'; leadId: string }
  | { status: 'duplicate'; leadId: string }
  | { status: 'rate-limited' };

export function leadFingerprint(lead: ConsultationInput): string {
  const normalized = {
    ...lead,
    email: lead.email.toLowerCase(),
    name: lead.name.toLowerCase().replace(/\s+/g, ' '),
  };
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex');
}

/**
 * Stores a consultation request and its two outbox rows in one transaction: either all three are
 * written or none. A repeated client token, or the same request within DUPLICATE_WINDOW_MS, returns
 * the lead already stored instead of a second one (and so no second mail).
 */
export function saveLead(
  lead: ConsultationInput,
  messages: OutboxItem[],
  { clientToken, client, now = new Date() }: { clientToken?: string; client: string; now?: Date },
): SaveLeadResult {
  const db = getDb();
  const fingerprint = leadFingerprint(lead);
  const run = db.transaction((): SaveLeadResult => {
    if (clientToken) {
      const byToken = db.prepare('SELECT id FROM leads WHERE client_token = ?').get(clientToken) as
        { id: string } | undefined;
      if (byToken) return { status: 'duplicate', leadId: byToken.id };
    }
    const since = nowIso(new Date(now.getTime() - DUPLICATE_WINDOW_MS));
    const byFingerprint = db
      .prepare(
        'SELECT id FROM leads WHERE fingerprint = ? AND created_at >= ? ORDER BY created_at DESC',
      )
      .get(fingerprint, since) as { id: string } | undefined;
    if (byFingerprint) return { status: 'duplicate', leadId: byFingerprint.id };
    if (
      !takeRateLimit(
        db,
        [bucketKey('consultation-client', client), bucketKey('consultation-email', lead.email)],
        now.getTime(),
      )
    ) {
      return { status: 'rate-limited' };
    }
    const id = randomUUID();
    db.prepare(
      `INSERT INTO leads (id, created_at, name, email, phone, contact_method, best_time, interest, session_format, in_california, message, consent_at, client_token, fingerprint)
       VALUES (@id, @createdAt, @name, @email, @phone, @contactMethod, @bestTime, @interest, @sessionFormat, @inCalifornia, @message, @createdAt, @clientToken, @fingerprint)`,
    ).run({ ...lead, id, createdAt: nowIso(now), clientToken: clientToken || null, fingerprint });
    enqueue(db, messages, { leadId: id }, now);
    return { status: 'stored', leadId: id };
  });
  return run.immediate();
}

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { closeDatabases, database } from '@/lib/db';
import { countLeads, findLeads } from '@/lib/db/leads';
import { outboxRows } from '@/lib/db/outbox';
import { allSubscribers, storeSignUp } from '@/lib/db/subscribers';
import type { ConsultationInput } from '@/lib/forms/consultation-schema';
import { purgeExpired } from '@/lib/leads/retention';
import { saveLead } from '@/lib/leads/store';
import { deliverPendingMail, type OutboxItem } from '@/lib/mail/outbox';
import { RATE_LIMIT } from '@/lib/rate-limit';
import { validConsultation } from '../support/consultation-request';
import { engineNames, useEngine } from '../support/engines';

let n = 0;
function lead(overrides: Partial<ConsultationInput> = {}): ConsultationInput {
  n += 1;
  return { ...validConsultation, email: `jane${n}-${Date.now()}@example.com`, ...overrides };
}

const mail = (to: string): OutboxItem[] => [
  {
    operation: 'email',
    purpose: 'consultation-notification',
    payload: {
      from: 'a@example.com',
      to: ['inbox@example.com'],
      subject: 's',
      html: 'h',
      text: 't',
    },
  },
  {
    operation: 'email',
    purpose: 'consultation-confirmation',
    payload: { from: 'a@example.com', to: [to], subject: 's', html: 'h', text: 't' },
  },
];

const leadsOf = async (email: string) => findLeads(await database(), { email });
const leadIdOf = (result: { status: string; leadId?: string }) => result.leadId!;

describe.each(engineNames)('the lead store on %s', (engineName) => {
  const engine = useEngine(engineName);

  it('stores the lead with its two pending e-mails, each with its own idempotency key', async () => {
    const l = lead();
    const result = await saveLead(l, mail(l.email), { client: 'c1' });
    expect(result.status).toBe('stored');
    const rows = await outboxRows(await database(), { leadId: leadIdOf(result) });
    expect(rows.map((r) => [r.purpose, r.status])).toEqual([
      ['consultation-notification', 'pending'],
      ['consultation-confirmation', 'pending'],
    ]);
    expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(2);
    const stored = await leadsOf(l.email);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: l.name, interest: l.interest, in_california: 'yes' });
    if (engineName === 'SQLite') {
      // Created on first use, in WAL mode (its -wal file sits beside it while open).
      expect(fs.existsSync(path.join(engine.dataDir, 'leads.db'))).toBe(true);
      expect(fs.existsSync(path.join(engine.dataDir, 'leads.db-wal'))).toBe(true);
    } else {
      // On PostgreSQL nothing is written to DATA_DIR: not the database, not the newsletter secret.
      expect(fs.readdirSync(engine.dataDir)).toEqual([]);
    }
  });

  it('stores one lead for a repeated client token or the same request within the window', async () => {
    const l = lead();
    const first = await saveLead(l, mail(l.email), { client: 'c2', clientToken: 'token-1234567' });
    const again = await saveLead(l, mail(l.email), { client: 'c2', clientToken: 'token-1234567' });
    const noToken = await saveLead(l, mail(l.email), { client: 'c2' });
    expect(first.status).toBe('stored');
    expect(again).toEqual({ status: 'duplicate', leadId: leadIdOf(first) });
    expect(noToken).toEqual({ status: 'duplicate', leadId: leadIdOf(first) });
    expect(await leadsOf(l.email)).toHaveLength(1);
    // After the window, the same words are a new request.
    const later = await saveLead(l, mail(l.email), {
      client: 'c2',
      now: new Date(Date.now() + 11 * 60_000),
    });
    expect(later.status).toBe('stored');
  });

  it('stores the same request sent 20 times at once exactly once, with its two e-mails', async () => {
    const l = lead();
    const withToken = lead();
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => saveLead(l, mail(l.email), { client: `burst-${i}` })),
      ...Array.from({ length: 10 }, (_, i) =>
        saveLead({ ...withToken, name: `Jane ${i}` }, mail(withToken.email), {
          client: `burst-token-${i}`,
          clientToken: 'same-token-123',
        }),
      ),
    ]);
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(18);
    for (const email of [l.email, withToken.email]) {
      const stored = await leadsOf(email);
      expect(stored).toHaveLength(1);
      expect(await outboxRows(await database(), { leadId: stored[0]!.id })).toHaveLength(2);
    }
  });

  it('stores nothing at all when part of the write fails', async () => {
    const l = lead();
    const broken = [
      ...mail(l.email),
      {
        operation: 'not-an-operation',
        purpose: 'x',
        payload: { email: l.email },
      } as unknown as OutboxItem,
    ];
    const before = await countLeads(await database());
    const outboxBefore = (await outboxRows(await database())).length;
    await expect(saveLead(l, broken, { client: 'c3' })).rejects.toThrow();
    expect(await leadsOf(l.email)).toHaveLength(0);
    expect(await countLeads(await database())).toBe(before);
    expect(await outboxRows(await database())).toHaveLength(outboxBefore);
    // And the store still works afterwards (no transaction left open).
    expect((await saveLead(lead(), [], { client: 'c3' })).status).toBe('stored');
  });

  it('pauses a client after 5 requests in 10 minutes, and keeps counting after a restart', async () => {
    const now = new Date();
    for (let i = 0; i < RATE_LIMIT.max; i += 1)
      expect((await saveLead(lead(), [], { client: 'busy', now })).status).toBe('stored');
    await closeDatabases();
    expect((await saveLead(lead(), [], { client: 'busy', now })).status).toBe('rate-limited');
    expect(
      (await saveLead(lead(), [], { client: 'busy', now: new Date(now.getTime() + 11 * 60_000) }))
        .status,
    ).toBe('stored');
  });

  it('lets exactly 5 of 12 simultaneous requests from one client through, and 5 per e-mail address', async () => {
    const now = new Date();
    const fromOneClient = await Promise.all(
      Array.from({ length: 12 }, () => saveLead(lead(), [], { client: 'simultaneous', now })),
    );
    expect(fromOneClient.filter((r) => r.status === 'stored')).toHaveLength(RATE_LIMIT.max);
    expect(fromOneClient.filter((r) => r.status === 'rate-limited')).toHaveLength(7);

    const email = lead().email;
    const oneAddress = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        saveLead(lead({ email, name: `Jane ${i}` }), [], { client: `address-${i}`, now }),
      ),
    );
    expect(oneAddress.filter((r) => r.status === 'stored')).toHaveLength(RATE_LIMIT.max);
    expect(await leadsOf(email)).toHaveLength(RATE_LIMIT.max);
  });
});

describe.each(engineNames)('deliverPendingMail without RESEND_API_KEY on %s', (engineName) => {
  useEngine(engineName);

  it('keeps every message in the outbox, marked not sent, and says so in one log line', async () => {
    const saved = process.env.RESEND_API_KEY;
    delete process.env.RESEND_API_KEY;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const globalWarned = globalThis as { __mailNoKeyWarned?: boolean };
    delete globalWarned.__mailNoKeyWarned;
    try {
      const l = lead();
      await saveLead(l, mail(l.email), { client: 'no-key' });
      const first = await deliverPendingMail();
      await deliverPendingMail();
      expect(first.sent).toBe(0);
      expect(first.pending).toBe(2);
      const rows = await outboxRows(await database());
      expect(rows.map((r) => [r.status, r.last_error])).toEqual([
        ['pending', 'not sent: RESEND_API_KEY is not set'],
        ['pending', 'not sent: RESEND_API_KEY is not set'],
      ]);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(
        /RESEND_API_KEY is not set: 2 message\(s\) stay in the outbox/,
      );
    } finally {
      warn.mockRestore();
      if (saved !== undefined) process.env.RESEND_API_KEY = saved;
    }
  });
});

describe.each(engineNames)(
  "purgeExpired (the privacy policy's retention promise) on %s",
  (engineName) => {
    useEngine(engineName);
    const day = 86_400_000;
    const ago = (days: number) => new Date(Date.now() - days * day);
    async function signUp(email: string, createdDaysAgo: number) {
      const result = await storeSignUp(await database(), {
        email,
        nonce: 'nonce',
        message: {
          operation: 'email',
          purpose: 'newsletter-confirm',
          payload: { from: 'a@example.com', to: [email], subject: 's', html: 'h', text: 't' },
        },
        now: ago(createdDaysAgo),
        rateLimit: { buckets: [], rule: RATE_LIMIT },
      });
      expect(result.status).toBe('sent');
    }

    it('deletes requests older than a year and sign-ups left unconfirmed for 30 days, and nothing else', async () => {
      const old = lead({ name: 'Old Request' });
      const oldResult = await saveLead(old, mail(old.email), { client: 'purge-1', now: ago(366) });
      const recent = lead({ name: 'Recent Request' });
      await saveLead(recent, mail(recent.email), { client: 'purge-2', now: ago(364) });
      await signUp('stale@example.com', 40);
      await signUp('asked-again@example.com', 40);
      await signUp('asked-again@example.com', 3); // a second confirmation e-mail 3 days ago
      await signUp('fresh@example.com', 2);
      // A confirmed reader is never purged, however old.
      await signUp('reader@example.com', 400);
      const { confirmSignUp } = await import('@/lib/db/subscribers');
      await confirmSignUp(await database(), {
        email: 'reader@example.com',
        nonce: 'nonce',
        contact: { operation: 'contact', purpose: 'newsletter-contact', payload: { email: 'r' } },
        now: ago(399),
      });

      const result = await purgeExpired();

      // The old request's two e-mails and the stale sign-up's confirmation e-mail.
      expect(result).toEqual({ leads: 1, signUps: 1, unsubscribed: 0, mail: 3 });
      expect(await leadsOf(old.email)).toHaveLength(0);
      expect(await outboxRows(await database(), { leadId: leadIdOf(oldResult) })).toHaveLength(0);
      expect(await leadsOf(recent.email)).toHaveLength(1);
      expect((await allSubscribers(await database())).map((s) => s.email).sort()).toEqual([
        'asked-again@example.com',
        'fresh@example.com',
        'reader@example.com',
      ]);
      expect(await purgeExpired()).toEqual({ leads: 0, signUps: 0, unsubscribed: 0, mail: 0 });
    });
  },
);

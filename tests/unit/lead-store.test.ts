import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import type { ConsultationInput } from '@/lib/forms/consultation-schema';
import { purgeExpired } from '@/lib/leads/retention';
import { saveLead } from '@/lib/leads/store';
import { deliverPendingMail, type OutboxItem } from '@/lib/mail/outbox';
import { validConsultation } from '../support/consultation-request';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leads-store-'));
beforeAll(() => {
  process.env.DATA_DIR = dir;
});
afterAll(() => {
  getDb().close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let n = 0;
function lead(overrides: Partial<ConsultationInput> = {}): ConsultationInput {
  n += 1;
  return { ...validConsultation, email: `jane${n}@example.com`, ...overrides };
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

const count = (sql: string, ...params: unknown[]) =>
  (
    getDb()
      .prepare(sql)
      .get(...params) as { n: number }
  ).n;

describe('saveLead', () => {
  it('creates the data folder and stores the lead with its two pending e-mails', () => {
    const l = lead();
    const result = saveLead(l, mail(l.email), { client: 'c1' });
    expect(result.status).toBe('stored');
    expect(fs.existsSync(path.join(dir, 'leads.db'))).toBe(true);
    expect(getDb().pragma('journal_mode', { simple: true })).toBe('wal');
    if (result.status !== 'stored') return;
    expect(
      count(
        `SELECT count(*) AS n FROM outbox WHERE lead_id = ? AND status = 'pending'`,
        result.leadId,
      ),
    ).toBe(2);
    const keys = getDb()
      .prepare('SELECT idempotency_key FROM outbox WHERE lead_id = ?')
      .all(result.leadId) as { idempotency_key: string }[];
    expect(new Set(keys.map((k) => k.idempotency_key)).size).toBe(2);
  });

  it('stores one lead for a repeated client token or the same request within the window', () => {
    const l = lead();
    const first = saveLead(l, mail(l.email), { client: 'c2', clientToken: 'token-1234567' });
    const again = saveLead(l, mail(l.email), { client: 'c2', clientToken: 'token-1234567' });
    const noToken = saveLead(l, mail(l.email), { client: 'c2' });
    expect(first.status).toBe('stored');
    expect(again).toEqual({ status: 'duplicate', leadId: (first as { leadId: string }).leadId });
    expect(noToken.status).toBe('duplicate');
    expect(count('SELECT count(*) AS n FROM leads WHERE email = ?', l.email)).toBe(1);
  });

  it('stores nothing at all when part of the write fails', () => {
    const l = lead();
    const broken = [
      ...mail(l.email),
      {
        operation: 'not-an-operation',
        purpose: 'x',
        payload: { email: l.email },
      } as unknown as OutboxItem,
    ];
    expect(() => saveLead(l, broken, { client: 'c3' })).toThrow();
    expect(count('SELECT count(*) AS n FROM leads WHERE email = ?', l.email)).toBe(0);
    expect(count(`SELECT count(*) AS n FROM outbox WHERE payload LIKE ?`, `%${l.email}%`)).toBe(0);
  });

  it('pauses a client after 5 requests in 10 minutes, and keeps counting after a restart', () => {
    const now = new Date();
    for (let i = 0; i < 5; i += 1)
      expect(saveLead(lead(), [], { client: 'busy', now }).status).toBe('stored');
    getDb().close();
    expect(saveLead(lead(), [], { client: 'busy', now }).status).toBe('rate-limited');
    expect(
      saveLead(lead(), [], { client: 'busy', now: new Date(now.getTime() + 11 * 60_000) }).status,
    ).toBe('stored');
  });
});

describe('deliverPendingMail without RESEND_API_KEY', () => {
  it('keeps every message in the outbox, marked not sent, and says so in one log line', async () => {
    const saved = process.env.RESEND_API_KEY;
    delete process.env.RESEND_API_KEY;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const l = lead();
      saveLead(l, mail(l.email), { client: 'no-key' });
      const first = await deliverPendingMail();
      await deliverPendingMail();
      expect(first.sent).toBe(0);
      expect(first.pending).toBeGreaterThanOrEqual(2);
      expect(
        count(
          `SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND last_error = 'not sent: RESEND_API_KEY is not set'`,
        ),
      ).toBe(first.pending);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(
        /RESEND_API_KEY is not set: \d+ message\(s\) stay in the outbox/,
      );
    } finally {
      warn.mockRestore();
      if (saved !== undefined) process.env.RESEND_API_KEY = saved;
    }
  });
});

describe("purgeExpired (the privacy policy's retention promise)", () => {
  const day = 86_400_000;
  const ago = (days: number) => new Date(Date.now() - days * day);
  function signUp(email: string, status: string, createdDaysAgo: number, mailedDaysAgo?: number) {
    const id = `sub-${email}`;
    getDb()
      .prepare(
        'INSERT INTO subscribers (id, email, status, confirm_nonce, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, email, status, 'nonce', ago(createdDaysAgo).toISOString());
    if (mailedDaysAgo !== undefined)
      getDb()
        .prepare(
          `INSERT INTO outbox (operation, purpose, subscriber_id, payload, idempotency_key, created_at, next_attempt_at)
           VALUES ('email', 'newsletter-confirm', ?, '{}', ?, ?, ?)`,
        )
        .run(
          id,
          `key-${email}`,
          ago(mailedDaysAgo).toISOString(),
          ago(mailedDaysAgo).toISOString(),
        );
  }

  it('deletes requests older than a year and sign-ups left unconfirmed for 30 days, and nothing else', () => {
    const old = lead({ name: 'Old Request' });
    const oldResult = saveLead(old, mail(old.email), { client: 'purge-1', now: ago(366) });
    const recent = lead({ name: 'Recent Request' });
    saveLead(recent, mail(recent.email), { client: 'purge-2', now: ago(364) });
    signUp('stale@example.com', 'pending', 40, 40);
    signUp('asked-again@example.com', 'pending', 40, 3);
    signUp('fresh@example.com', 'pending', 2, 2);
    signUp('reader@example.com', 'confirmed', 400);

    const result = purgeExpired();

    expect(result).toEqual({ leads: 1, signUps: 1, mail: 3 });
    expect(count('SELECT count(*) AS n FROM leads WHERE email = ?', old.email)).toBe(0);
    expect(
      count(
        'SELECT count(*) AS n FROM outbox WHERE lead_id = ?',
        (oldResult as { leadId: string }).leadId,
      ),
    ).toBe(0);
    expect(count('SELECT count(*) AS n FROM leads WHERE email = ?', recent.email)).toBe(1);
    const kept = getDb().prepare('SELECT email FROM subscribers ORDER BY email').all();
    expect(kept).toEqual([
      { email: 'asked-again@example.com' },
      { email: 'fresh@example.com' },
      { email: 'reader@example.com' },
    ]);
    expect(purgeExpired()).toEqual({ leads: 0, signUps: 0, mail: 0 });
  });
});

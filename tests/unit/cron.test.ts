/** The scheduled work behind GET /api/cron, on a real SQLite file and a real PostgreSQL database; the route itself: tests/e2e/cron-and-health.spec.ts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cronAccess, runScheduledWork } from '@/lib/cron';
import { database } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { saveLead } from '@/lib/leads/store';
import type { OutboxItem } from '@/lib/mail/outbox';
import { validConsultation } from '../support/consultation-request';
import { engineNames, useEngine } from '../support/engines';

describe('who may run the scheduled work', () => {
  const secret = 'a-cron-secret-of-32-characters!!';

  it('the caller sending Authorization: Bearer <CRON_SECRET>, as Vercel Cron does', () => {
    expect(cronAccess(`Bearer ${secret}`, secret)).toBe('allowed');
  });

  it('nobody else: no header, another secret, the secret alone or with more after it', () => {
    for (const header of [
      null,
      '',
      'Bearer ',
      `Bearer ${secret.slice(0, -1)}`,
      `Bearer ${secret}x`,
      secret,
      `Basic ${secret}`,
      `Bearer  ${secret}`,
    ]) {
      expect(cronAccess(header, secret), String(header)).toBe('denied');
    }
  });

  it('nobody at all when CRON_SECRET is unset: the route does not exist', () => {
    expect(cronAccess('Bearer ', undefined)).toBe('disabled');
    expect(cronAccess(null, undefined)).toBe('disabled');
  });
});

describe.each(engineNames)('the scheduled work on %s', (engineName) => {
  useEngine(engineName);
  const saved = process.env.RESEND_API_KEY;
  beforeAll(() => {
    // No Resend key: the mail stays in the outbox, and the report says so.
    delete process.env.RESEND_API_KEY;
  });
  afterAll(() => {
    if (saved !== undefined) process.env.RESEND_API_KEY = saved;
  });

  const confirmation = (to: string): OutboxItem[] => [
    {
      operation: 'email',
      purpose: 'consultation-confirmation',
      payload: { from: 'a@example.com', to: [to], subject: 's', html: 'h', text: 't' },
    },
  ];

  it('deletes the requests kept past a year and reports the mail still waiting', async () => {
    const yearAndADayAgo = new Date(Date.now() - 366 * 86_400_000);
    const old = { ...validConsultation, email: 'old@example.com' };
    const recent = { ...validConsultation, email: 'recent@example.com' };
    await saveLead(old, confirmation(old.email), { client: 'cron-1', now: yearAndADayAgo });
    await saveLead(recent, confirmation(recent.email), { client: 'cron-2' });

    const report = await runScheduledWork();

    expect(report.purged).toEqual({ leads: 1, signUps: 0, unsubscribed: 0, mail: 1 });
    expect(report.mail).toMatchObject({ sent: 0, failed: 0, pending: 1 });
    const db = await database();
    expect((await findLeads(db, { email: 'old@example.com' })).length).toBe(0);
    expect((await findLeads(db, { email: 'recent@example.com' })).length).toBe(1);
  });
});

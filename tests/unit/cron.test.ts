/** The scheduled work behind GET /api/cron, on a real SQLite file; the route itself: tests/e2e/cron-and-health.spec.ts. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cronAccess, runScheduledWork } from '@/lib/cron';
import { getDb } from '@/lib/db';
import { saveLead } from '@/lib/leads/store';
import type { OutboxItem } from '@/lib/mail/outbox';
import { validConsultation } from '../support/consultation-request';

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

describe('the scheduled work', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cron-'));
  const saved = { DATA_DIR: process.env.DATA_DIR, RESEND_API_KEY: process.env.RESEND_API_KEY };
  beforeAll(() => {
    process.env.DATA_DIR = dir;
    // No Resend key: the mail stays in the outbox, and the report says so.
    delete process.env.RESEND_API_KEY;
  });
  afterAll(() => {
    getDb().close();
    Object.assign(process.env, saved);
    if (saved.RESEND_API_KEY === undefined) delete process.env.RESEND_API_KEY;
    if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
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
    saveLead(old, confirmation(old.email), { client: 'cron-1', now: yearAndADayAgo });
    saveLead(recent, confirmation(recent.email), { client: 'cron-2' });

    const report = await runScheduledWork();

    expect(report.purged).toEqual({ leads: 1, signUps: 0, mail: 1 });
    expect(report.mail).toEqual({ sent: 0, failed: 0, pending: 1 });
    const emails = getDb().prepare('SELECT email FROM leads').all();
    expect(emails).toEqual([{ email: 'recent@example.com' }]);
  });
});

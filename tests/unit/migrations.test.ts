import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appliedMigrations, closeDatabases, database, openDatabase } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRows } from '@/lib/db/outbox';
import { allSubscribers } from '@/lib/db/subscribers';
import { migrations } from '@/lib/db/migrations';
import { purgeExpired } from '@/lib/leads/retention';
import { saveLead } from '@/lib/leads/store';
import { deliverPendingMail, type Deliver, type OutboxMessage } from '@/lib/mail/outbox';
import { linkSecret } from '@/lib/signed-links';
import { validConsultation } from '../support/consultation-request';
import { engineNames, useEngine } from '../support/engines';
import { oldReleaseNewsletterSecret, writeOldReleaseDatabase } from '../support/old-release-db';

const allMigrations = Object.keys(migrations).sort();

function recordingDelivery() {
  const calls: OutboxMessage[] = [];
  const deliver: Deliver = async (message) => {
    calls.push(message);
    return { ok: true, id: `fake-${message.id}` };
  };
  return { calls, deliver };
}

/** Opens the databases anew on the SQLite file in `dataDir` (no DATABASE_URL). */
async function useDataDir(dataDir: string) {
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', undefined);
  await closeDatabases();
}

/** Closes that database, gives every variable its value from before, and deletes the folder. */
async function leaveDataDir(dataDir: string) {
  await closeDatabases();
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

describe('a leads.db written by the release before migrations', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-release-'));
  afterAll(() => leaveDataDir(dataDir));

  it('is upgraded in place: every row kept, the migrations recorded, its pending e-mail sent once', async () => {
    writeOldReleaseDatabase(dataDir);
    await useDataDir(dataDir);
    vi.stubEnv('NEWSLETTER_SECRET', undefined);

    const db = await database();
    expect(await appliedMigrations(db)).toEqual(allMigrations);

    const [lead] = await findLeads(db, { email: 'maria.v0@example.com' });
    expect(lead).toMatchObject({
      id: 'v0-lead-1',
      name: 'Maria Old-Release',
      phone: '(408) 555-0100',
      message: 'Written before the upgrade.',
      client_token: 'v0-client-token',
    });
    expect(await allSubscribers(db)).toMatchObject([
      { id: 'v0-subscriber-1', email: 'reader.v0@example.com', status: 'confirmed' },
    ]);
    const before = await outboxRows(db);
    expect(before.map((r) => [r.id, r.purpose, r.status, r.attempts])).toEqual([
      [3, 'newsletter-contact', 'sent', 1],
      [7, 'consultation-notification', 'sent', 1],
      [8, 'consultation-confirmation', 'pending', 3],
    ]);

    // The pending confirmation goes out once, with the idempotency key it was stored with.
    const { calls, deliver } = recordingDelivery();
    const first = await deliverPendingMail({ deliver, includeNotDue: true });
    expect(first).toMatchObject({ sent: 1, failed: 0, pending: 0 });
    expect(calls.map((c) => [c.id, c.idempotencyKey])).toEqual([
      [8, 'consultation-confirmation-v0-0000-0008'],
    ]);
    expect(calls[0]!.payload).toMatchObject({ to: ['maria.v0@example.com'] });
    await deliverPendingMail({ deliver, includeNotDue: true });
    expect(calls).toHaveLength(1);

    // The upgraded outbox takes the new status, and ids continue past the highest ever given (9).
    const next = await saveLead(
      { ...validConsultation, email: 'after.upgrade@example.com' },
      [
        {
          operation: 'email',
          purpose: 'consultation-confirmation',
          payload: {
            from: 'a@example.com',
            to: ['x@example.com'],
            subject: 's',
            html: 'h',
            text: 't',
          },
        },
      ],
      { client: 'after-upgrade' },
    );
    expect(next.status).toBe('stored');
    const after = await outboxRows(db, { leadId: (next as { leadId: string }).leadId });
    expect(after.map((r) => r.id)).toEqual([10]);

    // Links signed with the secret the old release kept in DATA_DIR still verify.
    expect(await linkSecret()).toBe(oldReleaseNewsletterSecret);

    // Opening it again runs nothing twice.
    await closeDatabases();
    expect(await appliedMigrations(await database())).toEqual(allMigrations);
    expect((await outboxRows(await database())).map((r) => r.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'pending',
    ]);
  });
});

describe('a reader who unsubscribed before unsubscribing deleted (migration 3)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'old-unsubscribed-'));
  afterAll(() => leaveDataDir(dataDir));

  it('gets the removal of her Resend contact queued, and is deleted once it is sent', async () => {
    const file = writeOldReleaseDatabase(dataDir);
    const old = new Database(file);
    old
      .prepare(
        "UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = '2026-01-02T00:00:00.000Z' WHERE id = 'v0-subscriber-1'",
      )
      .run();
    old.close();
    await useDataDir(dataDir);

    const db = await database();
    const rows = await outboxRows(db, { subscriberId: 'v0-subscriber-1' });
    expect(rows.map((r) => [r.operation, r.status, JSON.parse(r.payload)])).toEqual([
      ['contact', 'sent', { email: 'reader.v0@example.com' }],
      ['contact-remove', 'pending', { email: 'reader.v0@example.com' }],
    ]);
    const { calls, deliver } = recordingDelivery();
    await deliverPendingMail({ deliver, includeNotDue: true });
    expect(calls.map((c) => c.operation)).toContain('contact-remove');
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 1 });
    expect(await allSubscribers(db)).toEqual([]);
  });
});

describe.each(engineNames)('a new database on %s', (engineName) => {
  const engine = useEngine(engineName);

  it('gets every migration, once, even when two servers open it at the same moment', async () => {
    const url = engine.env.DATABASE_URL;
    // Two connections as two servers would hold them (another pool, or another SQLite handle).
    const opened = await Promise.all([
      database(),
      url
        ? openDatabase({ engine: 'postgres', url: `${url}?application_name=second-server` })
        : database(),
    ]);
    for (const db of opened) expect(await appliedMigrations(db)).toEqual(allMigrations);
  });

  it('keeps the newsletter secret in the database: the same for every server, generated once', async () => {
    delete process.env.NEWSLETTER_SECRET;
    const secret = await linkSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    await closeDatabases();
    (globalThis as { __linkSecrets?: Map<string, unknown> }).__linkSecrets?.clear();
    expect(await linkSecret()).toBe(secret);
    expect(fs.existsSync(path.join(engine.dataDir, 'newsletter-secret'))).toBe(false);
  });
});

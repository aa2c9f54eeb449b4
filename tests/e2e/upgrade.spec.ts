/**
 * Upgrade test: the production server started on a leads.db written by the release before
 * versioned migrations (tests/fixtures/leads-db-v0.sql: a request whose confirmation e-mail was
 * still pending, its notification already sent, a confirmed subscriber) upgrades it in place,
 * keeps every row, and sends the pending e-mail exactly once, through the real Resend SDK to the
 * fake Resend. Its own `next start` from the end-to-end build its own DATA_DIR.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { appliedMigrations, closeDatabases, openDatabase } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRows } from '@/lib/db/outbox';
import { allSubscribers } from '@/lib/db/subscribers';
import { migrations } from '@/lib/db/migrations';
import { signLink } from '@/lib/signed-links';
import { startNext, stopServer } from '../../scripts/lib/server';
import { e2ePorts, e2eRoot, e2eServerEnv } from '../support/e2e-env';
import { emailsAbout } from '../support/leads';
import { oldReleaseNewsletterSecret, writeOldReleaseDatabase } from '../support/old-release-db';

const port = e2ePorts.upgrade;
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = path.join(e2eRoot, 'upgrade-data');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...e2eServerEnv,
  SITE_URL: baseUrl,
  DATA_DIR: dataDir,
};
// No NEWSLETTER_SECRET: the old release generated its own into DATA_DIR, and links signed with it are out there.
delete env.NEWSLETTER_SECRET;

let server: ChildProcess | undefined;
test.afterAll(async () => {
  await stopServer(server);
  await closeDatabases();
});

test('a leads.db from the release before keeps every row and sends its pending e-mail exactly once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  writeOldReleaseDatabase(dataDir);

  server = await startNext(process.cwd(), port, { env });

  // The confirmation that waited in the old outbox reaches her, once, with the key it was stored with.
  await expect.poll(() => emailsAbout('maria.v0@example.com').then((m) => m.length)).toBe(1);
  const db = await openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'leads.db') });
  await expect
    .poll(async () => (await outboxRows(db)).map((r) => [r.id, r.status]))
    .toEqual([
      [3, 'sent'],
      [7, 'sent'],
      [8, 'sent'],
    ]);
  const [mail] = await emailsAbout('maria.v0@example.com');
  expect(mail).toMatchObject({
    idempotencyKey: 'consultation-confirmation-v0-0000-0008',
    subject: 'Your consultation request to Integrative Therapy for Moms arrived',
  });
  const rows = await outboxRows(db);
  expect(rows[2]!.resend_id).toBe(mail!.id);
  // The notification, sent by the old release, is not sent again.
  expect(rows[1]).toMatchObject({ resend_id: 'resend-email-v0-7', attempts: 1 });

  // Every row kept, the migrations recorded.
  expect(await findLeads(db)).toMatchObject([
    { id: 'v0-lead-1', name: 'Maria Old-Release', message: 'Written before the upgrade.' },
  ]);
  expect(await allSubscribers(db)).toMatchObject([
    { id: 'v0-subscriber-1', email: 'reader.v0@example.com', status: 'confirmed' },
  ]);
  expect(await appliedMigrations(db)).toEqual(Object.keys(migrations).sort());

  // An unsubscribe link from an e-mail the old release sent still works.
  const token = signLink(
    { purpose: 'unsubscribe', email: 'reader.v0@example.com' },
    oldReleaseNewsletterSecret,
  );
  await page.goto(`${baseUrl}/newsletter/unsubscribe?token=${token}`);
  await expect(
    page.getByRole('heading', { name: 'Unsubscribe from the newsletter' }),
  ).toBeVisible();

  // Still one e-mail after the server's retry loop has looked again.
  await page.waitForTimeout(2_000);
  expect(await emailsAbout('maria.v0@example.com')).toHaveLength(1);
});

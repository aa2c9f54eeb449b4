/**
 * Several servers at once: two production servers (`next start`, the same end-to-end build) on one
 * PostgreSQL database, with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY as Next.js needs for server
 * actions across instances. 100 concurrent consultation requests spread over both, and a Resend
 * outage in the middle (first hanging, then failing): every request confirmed, stored once, mailed
 * exactly twice, no idempotency key used twice. Then the rate limit, counted across both servers.
 *
 * Its own database on the end-to-end PostgreSQL cluster, its own fake Resend (FAKE_RESEND_PORT + 1,
 * so the outage touches no other test), servers on e2ePorts.severalServers.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { closeDatabases, openDatabase, type Db } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRowsOfLeadsByEmailPrefix } from '@/lib/db/outbox';
import {
  consultationFormShape,
  fakeResendEmails,
  mailsAbout,
  postConsultation,
  type HiddenInputs,
} from '../../scripts/lib/consultation-load';
import { startFakeResend, startNext, stopServer } from '../../scripts/lib/server';
import { createDatabaseAt } from '../../scripts/lib/postgres-cluster';
import { e2ePorts, e2ePostgresAdminUrl, e2eServerEnv, fakeResendPort } from '../support/e2e-env';
import { setResendMode } from '../support/leads';

test.describe.configure({ mode: 'serial' });

const ports = [...e2ePorts.severalServers];
const bases = ports.map((port) => `http://127.0.0.1:${port}`);
const fakePort = fakeResendPort + 1;
const fakeUrl = `http://127.0.0.1:${fakePort}`;
const total = 100;

const children: ChildProcess[] = [];
let db: Db;
let hidden: HiddenInputs;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const databaseUrl = await createDatabaseAt(
    e2ePostgresAdminUrl,
    `several_${Date.now().toString(36)}`,
  );
  // Generated here, as an operator generates one for her servers: 32 random bytes, base64.
  const encryptionKey = randomBytes(32).toString('base64');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...e2eServerEnv,
    SITE_URL: bases[0],
    DATABASE_URL: databaseUrl,
    RESEND_BASE_URL: fakeUrl,
    FAKE_RESEND_PORT: String(fakePort),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encryptionKey,
  };
  children.push(await startFakeResend(fakePort, { env }));
  children.push(
    ...(await Promise.all(ports.map((port) => startNext(process.cwd(), port, { env })))),
  );
  db = await openDatabase({ engine: 'postgres', url: databaseUrl });
  hidden = await consultationFormShape(bases[0]!);
});

test.afterAll(async () => {
  await Promise.all(children.map(stopServer));
  await closeDatabases();
});

test('100 concurrent requests over two servers through a Resend outage: each confirmed, stored once, mailed exactly twice', async () => {
  test.setTimeout(300_000);
  const runId = `multi-${Date.now().toString(36)}`;
  const emailOf = (i: number) => `${runId}-${i}@example.com`;

  let answered = 0;
  let outageStarted = false;
  const results = await Promise.all(
    Array.from({ length: total }, (_, i) =>
      postConsultation(bases[i % 2]!, hidden, 60_000 + i, emailOf(i)).then(async (result) => {
        answered += 1;
        // In the middle of the burst Resend stops answering for 3 s, then fails for 3 s.
        if (answered === 20 && !outageStarted) {
          outageStarted = true;
          await setResendMode('timeout', '', undefined, { url: fakeUrl, forMs: 3_000 });
          setTimeout(
            () => void setResendMode('error500', '', undefined, { url: fakeUrl, forMs: 3_000 }),
            3_000,
          );
        }
        return result;
      }),
    ),
  );

  expect(results.map((r) => r.status)).toEqual(Array(total).fill(200));
  expect(results.filter((r) => r.ok)).toHaveLength(total);

  // Both servers' outbox loops drain what the outage held back.
  const rowsOfRun = () => outboxRowsOfLeadsByEmailPrefix(db, `${runId}-`);
  await expect
    .poll(async () => (await rowsOfRun()).filter((r) => r.status !== 'sent').length, {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toBe(0);

  // Stored once each.
  const leads = await findLeads(db, { emailPrefix: `${runId}-` });
  expect(leads).toHaveLength(total);
  expect(new Set(leads.map((l) => l.email)).size).toBe(total);

  // Mailed exactly twice each (her confirmation, the practice's notification replying to her).
  const emails = await fakeResendEmails(fakeUrl);
  for (let i = 0; i < total; i += 1) expect(mailsAbout(emails, emailOf(i)), emailOf(i)).toBe(2);

  // Every message has its own key, and each key reached Resend as one e-mail.
  const rows = await rowsOfRun();
  expect(rows).toHaveLength(total * 2);
  expect(new Set(rows.map((r) => r.idempotency_key)).size).toBe(total * 2);
  for (const row of rows) {
    const delivered = emails.filter((e) => e.idempotencyKey === row.idempotency_key);
    expect(delivered, row.idempotency_key).toHaveLength(1);
    expect(delivered[0]!.id).toBe(row.resend_id);
  }
  // The outage was real: some messages needed more than one attempt.
  const retried = rows.filter((r) => r.attempts > 1).length;
  console.log(`several servers: ${retried} of ${rows.length} e-mails needed a retry`);
  expect(retried).toBeGreaterThan(0);
});

test('the rate limit counts requests on both servers: the 6th from one client, or for one address, is refused', async () => {
  const runId = `limit-${Date.now().toString(36)}`;
  const paused = (text: string) => text.includes('the form is paused for about 10 minutes');

  // One visitor (one address), six different requests, alternating servers.
  const fromOneClient = [];
  for (let i = 0; i < 6; i += 1)
    fromOneClient.push(
      await postConsultation(
        bases[i % 2]!,
        hidden,
        70_000 + i,
        `${runId}-c${i}@example.com`,
        '192.0.2.77',
      ),
    );
  expect(fromOneClient.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
  expect(paused(fromOneClient[5]!.text)).toBe(true);

  // One e-mail address from six visitors, alternating servers.
  const forOneAddress = [];
  for (let i = 0; i < 6; i += 1)
    forOneAddress.push(
      await postConsultation(bases[(i + 1) % 2]!, hidden, 71_000 + i, `${runId}-same@example.com`),
    );
  expect(forOneAddress.map((r) => r.ok)).toEqual([true, true, true, true, true, false]);
  expect(paused(forOneAddress[5]!.text)).toBe(true);
  expect(await findLeads(db, { email: `${runId}-same@example.com` })).toHaveLength(5);
});

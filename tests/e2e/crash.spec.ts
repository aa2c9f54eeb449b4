/**
 * Crash test: `kill -9` the production server in the middle of 100 concurrent consultation requests,
 * restart it on the same data: every request that was answered with success is in the database, and
 * the mail of every stored request goes out after the restart exactly once.
 *
 * It runs its own `next start` from the end-to-end build (.next-e2e, which Playwright's web server
 * has built) on E2E_PORT + 1 with its own DATA_DIR, and uses the shared fake Resend, telling its
 * e-mails apart by this run's addresses.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { closeDatabases, openDatabase } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRowsOfLeadsByEmailPrefix } from '@/lib/db/outbox';
import { e2ePorts, e2eRoot, e2eServerEnv, fakeResendUrl } from '../support/e2e-env';
import {
  consultationFormShape,
  fakeResendEmails,
  mailsAbout,
  postConsultation,
} from '../../scripts/lib/consultation-load';
import { exited, startNext } from '../../scripts/lib/server';

const port = e2ePorts.crash;
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = path.join(e2eRoot, 'crash-data');
const env: NodeJS.ProcessEnv = { ...process.env, ...e2eServerEnv, DATA_DIR: dataDir };
const total = 100;

let server: ChildProcess | undefined;
test.afterAll(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});

test('a server killed with kill -9 mid-burst loses no answered request and mails each stored one exactly once', async () => {
  test.setTimeout(420_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  server = await startNext(process.cwd(), port, { env });
  const hidden = await consultationFormShape(baseUrl);
  const runId = `crash-${Date.now().toString(36)}`;
  const emailOf = (i: number) => `${runId}-${i}@example.com`;

  // 100 at once; the first confirmation page to come back pulls the plug.
  const victim = server;
  let killed = false;
  const results = await Promise.all(
    Array.from({ length: total }, (_, i) =>
      postConsultation(baseUrl, hidden, 50_000 + i, emailOf(i)).then((result) => {
        if (result.ok && !killed) {
          killed = true;
          victim.kill('SIGKILL');
        }
        return { ...result, email: emailOf(i) };
      }),
    ),
  );
  await exited(victim);
  expect(victim.signalCode, 'the server died of SIGKILL').toBe('SIGKILL');

  const answered = results.filter((r) => r.ok);
  const unanswered = results.filter((r) => r.status === 0);
  console.log(
    `crash test: ${answered.length} answered with success before the kill, ${unanswered.length} cut off`,
  );
  expect(answered.length).toBeGreaterThan(0);
  // The kill really came in the middle: some requests never got their answer.
  expect(unanswered.length).toBeGreaterThan(0);
  // A request is either answered with the confirmation or cut off; never an error page.
  expect(results.filter((r) => !r.ok && r.status !== 0)).toEqual([]);

  // Restart on the same data.
  server = await startNext(process.cwd(), port, { env });

  const db = await openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'leads.db') });
  try {
    const leads = () => findLeads(db, { emailPrefix: `${runId}-` });
    const pendingOfRun = async () =>
      (await outboxRowsOfLeadsByEmailPrefix(db, `${runId}-`)).filter((r) => r.status === 'pending')
        .length;

    // Every request answered with success is stored, exactly once.
    const stored = await leads();
    for (const { email } of answered)
      expect(
        stored.filter((lead) => lead.email === email),
        email,
      ).toHaveLength(1);
    expect(new Set(stored.map((lead) => lead.email)).size).toBe(stored.length);

    // The restarted server's outbox loop sends what was left (claims taken before the kill expire first).
    await expect.poll(pendingOfRun, { timeout: 120_000, intervals: [1000] }).toBe(0);

    // Each stored request: its two e-mails (the confirmation to her, the notification replying to her), once each.
    const emails = await fakeResendEmails(fakeResendUrl);
    for (const { email } of stored) expect(mailsAbout(emails, email), email).toBe(2);
    const keys = (await outboxRowsOfLeadsByEmailPrefix(db, `${runId}-`)).map((row) => ({
      key: row.idempotency_key,
    }));
    expect(keys).toHaveLength(stored.length * 2);
    for (const { key } of keys)
      expect(
        emails.filter((e) => e.idempotencyKey === key),
        key,
      ).toHaveLength(1);
    // Nothing for a request that was not stored.
    const storedEmails = new Set(stored.map((lead) => lead.email));
    for (const { email } of results)
      if (!storedEmails.has(email)) expect(mailsAbout(emails, email), email).toBe(0);
    console.log(
      `crash test: ${stored.length} stored (${answered.length} of them answered), ${keys.length} e-mails sent once each`,
    );
  } finally {
    await closeDatabases();
  }
});

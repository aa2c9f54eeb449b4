/**
 * GET /api/cron (what a serverless host calls on a schedule) and GET /api/health (what container
 * health checks and uptime monitors call), against production servers: the main test server
 * (no CRON_SECRET), one with CRON_SECRET and one whose SQLite file is corrupt
 * (ports in e2ePorts), each with its own DATA_DIR and the shared fake Resend.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { consultationFormShape, postConsultation } from '../../scripts/lib/consultation-load';
import { captureOutput, startNext, stopServer } from '../../scripts/lib/server';
import { e2ePorts, e2eRoot, e2eServerEnv } from '../support/e2e-env';
import {
  emailsAbout,
  leadsWithEmail,
  outboxOfLead,
  setResendMode,
  uniqueEmail,
} from '../support/leads';

const cronSecret = 'e2e-cron-secret-do-not-use-elsewhere';

test('the health check answers 200 while the database answers, never cached', async ({
  request,
}) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(response.headers()['cache-control']).toBe('no-store');
});

test('without CRON_SECRET the cron route does not exist, whatever the caller sends', async ({
  request,
}) => {
  const callers: Record<string, string>[] = [
    {},
    { authorization: 'Bearer ' },
    { authorization: `Bearer ${cronSecret}` },
  ];
  for (const headers of callers) {
    expect((await request.get('/api/cron', { headers })).status()).toBe(404);
  }
});

test.describe('a server with CRON_SECRET', () => {
  const port = e2ePorts.cronHeldMail;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.join(e2eRoot, 'cron-data');
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
    server = await startNext(process.cwd(), port, {
      env: {
        ...process.env,
        ...e2eServerEnv,
        DATA_DIR: dataDir,
        CRON_SECRET: cronSecret,
        // The in-process loop looks at the outbox once at start, then not for an hour: only the
        // cron route can send what waits there during this test.
        MAIL_RETRY_INTERVAL_MS: String(60 * 60_000),
        // A failed e-mail is due again a second later.
        MAIL_RETRY_BASE_MS: '1000',
      },
    });
  });
  test.afterAll(() => stopServer(server));

  const cron = (authorization?: string) =>
    fetch(`${baseUrl}/api/cron`, { headers: authorization ? { authorization } : {} });

  test('refuses a caller without the secret and empties a held outbox for one with it', async () => {
    const email = uniqueEmail('cron');
    // Resend fails for her while she sends the request: its two e-mails stay in the outbox.
    await setResendMode('error500', email);
    try {
      const sent = await postConsultation(
        baseUrl,
        await consultationFormShape(baseUrl),
        70_000,
        email,
      );
      expect(sent.ok, 'the page confirms the request').toBe(true);
      const [lead] = await leadsWithEmail(email, dataDir);
      expect(lead, 'the request is stored').toBeDefined();
      const outbox = () => outboxOfLead(lead!.id, dataDir);
      // The attempt right after the response failed.
      await expect
        .poll(async () => (await outbox()).map((row) => [row.status, row.attempts]))
        .toEqual([
          ['pending', 1],
          ['pending', 1],
        ]);
    } finally {
      await setResendMode('ok', email);
    }
    const [lead] = await leadsWithEmail(email, dataDir);
    const outbox = () => outboxOfLead(lead!.id, dataDir);
    // Resend works again and the e-mails are due: only the cron route is left to send them.
    await expect
      .poll(async () =>
        (await outbox()).every((row) => Date.parse(row.next_attempt_at) <= Date.now()),
      )
      .toBe(true);

    for (const authorization of [
      undefined,
      'Bearer ',
      'Bearer not-the-secret-but-as-long-as-it',
      `Bearer ${cronSecret}x`,
      cronSecret,
    ]) {
      const refused = await cron(authorization);
      expect(refused.status, String(authorization)).toBe(401);
      expect(await refused.json()).toEqual({
        ok: false,
        reason: 'send Authorization: Bearer <CRON_SECRET>',
      });
    }
    // A refused call did nothing.
    expect((await outbox()).map((row) => row.status)).toEqual(['pending', 'pending']);
    expect(await emailsAbout(email)).toHaveLength(0);

    const allowed = await cron(`Bearer ${cronSecret}`);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('cache-control')).toBe('no-store');
    expect(await allowed.json()).toEqual({
      ok: true,
      mail: { sent: 2, failed: 0, gaveUp: 0, pending: 0 },
      purged: { leads: 0, signUps: 0, unsubscribed: 0, mail: 0 },
      reminders: 0,
    });
    expect((await outbox()).map((row) => row.status)).toEqual(['sent', 'sent']);
    // Her confirmation, and the notification to the practice that replies to her.
    const emails = await emailsAbout(email);
    expect(emails).toHaveLength(2);
    expect(emails.filter((e) => e.to.includes(email))).toHaveLength(1);

    // The next run finds nothing left to send, and sends nothing twice.
    expect(await (await cron(`Bearer ${cronSecret}`)).json()).toMatchObject({
      mail: { sent: 0, pending: 0 },
    });
    expect(await emailsAbout(email)).toHaveLength(2);
  });
});

test.describe('a server whose database is broken', () => {
  const port = e2ePorts.healthCorruptDb;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = path.join(e2eRoot, 'broken-database-data');
  let server: ChildProcess | undefined;
  let output: () => string = () => '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    // What a damaged disk or a half-copied backup leaves: a leads.db that is not a database.
    fs.writeFileSync(
      path.join(dataDir, 'leads.db'),
      'This is not an SQLite database. '.repeat(256),
    );
    server = await startNext(process.cwd(), port, {
      env: { ...process.env, ...e2eServerEnv, DATA_DIR: dataDir, CRON_SECRET: cronSecret },
      stdio: 'pipe',
    });
    output = captureOutput(server);
  });
  test.afterAll(() => stopServer(server));

  test('the health check answers 503 with a short reason; the pages are still served', async () => {
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('cache-control')).toBe('no-store');
    const body = await health.text();
    expect(JSON.parse(body)).toEqual({ ok: false, reason: 'the database does not answer' });
    // The details are in the server's log, for the person who runs it.
    expect(output()).toContain('[health] the database does not answer: file is not a database');

    const cron = await fetch(`${baseUrl}/api/cron`, {
      headers: { authorization: `Bearer ${cronSecret}` },
    });
    expect(cron.status).toBe(503);
    const cronBody = await cron.text();
    expect(JSON.parse(cronBody)).toEqual({
      ok: false,
      reason: 'the scheduled work failed; the server log says why',
    });
    for (const text of [body, cronBody])
      expect(text).not.toMatch(/SqliteError|\bat \/|node_modules/);

    // The pages are prebuilt: a visitor still reads them while the database is down.
    expect((await fetch(`${baseUrl}/blog/ketamine-assisted-psychotherapy-for-moms`)).status).toBe(
      200,
    );
  });
});

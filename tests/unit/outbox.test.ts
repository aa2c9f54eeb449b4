/**
 * The outbox's retry rules, with a delivery function in place of Resend (no HTTP): backoff, claims,
 * giving up, errors no retry can fix, and failed rows sent again; on SQLite and on PostgreSQL.
 */
import { describe, expect, it, vi } from 'vitest';
import { database, openDatabase, type Db } from '@/lib/db';
import {
  claimNextMail,
  outboxPayload,
  outboxRows,
  requeueFailedMail,
  storeRenderedPayload,
} from '@/lib/db/outbox';
import type { OutboxRow } from '@/lib/db/schema';
import { saveLead } from '@/lib/leads/store';
import {
  deliverPendingMail,
  nextAttemptAfterFailure,
  retryDelayMs,
  type Deliver,
  type DeliveryResult,
  type OutboxItem,
  type OutboxMessage,
  type RetryPolicy,
} from '@/lib/mail/outbox';
import { emailToRender } from '@/lib/mail/templates';
import { validConsultation } from '../support/consultation-request';
import { engineNames, useEngine } from '../support/engines';

const policy: RetryPolicy = { baseMs: 30_000, maxMs: 3_600_000, maxAttempts: 4, claimMs: 60_000 };

describe('the retry rules', () => {
  it('waits 30 s after the first failure, doubling up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n, policy) / 1000)).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]);
  });

  it('gives up after the last allowed attempt, and at once on an error no retry can fix', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(nextAttemptAfterFailure(1, true, policy, now)).toEqual(new Date('2026-01-01T00:00:30Z'));
    expect(nextAttemptAfterFailure(3, true, policy, now)).toEqual(new Date('2026-01-01T00:02:00Z'));
    expect(nextAttemptAfterFailure(4, true, policy, now)).toBeNull();
    expect(nextAttemptAfterFailure(1, false, policy, now)).toBeNull();
  });
});

function email(to: string, purpose = 'consultation-confirmation'): OutboxItem {
  return {
    operation: 'email',
    purpose,
    payload: { from: 'a@example.com', to: [to], subject: 's', html: 'h', text: 't' },
  };
}

/** Her confirmation as a request stores it: the template and its props, not rendered yet. */
function confirmationToRender(to: string, templateName = 'consultation-confirmation'): OutboxItem {
  const payload = emailToRender(
    { from: 'a@example.com', to: [to], subject: 'Your request arrived' },
    'consultation-confirmation',
    { practiceName: 'The Practice', name: 'Jane <b>Doe</b>', nextStep: 'We call.', otherWays: '' },
  );
  payload.template.name = templateName;
  return { operation: 'email', purpose: 'consultation-confirmation', payload };
}

let requestNumber = 0;
/** Stores a request with `count` e-mails (or the given ones); returns its id. */
async function queued(count = 1, items?: (address: string) => OutboxItem[]): Promise<string> {
  requestNumber += 1;
  const address = `outbox-${requestNumber}-${Date.now()}@example.com`;
  const result = await saveLead(
    { ...validConsultation, email: address },
    items?.(address) ?? Array.from({ length: count }, (_, i) => email(address, `purpose-${i}`)),
    { client: `outbox-client-${requestNumber}` },
  );
  if (result.status !== 'stored') throw new Error(`not stored: ${result.status}`);
  return result.leadId;
}

/** A delivery function that answers from a script and records every call. */
function scriptedDelivery(answer: (message: OutboxMessage, call: number) => DeliveryResult) {
  const calls: OutboxMessage[] = [];
  const deliver: Deliver = async (message) => {
    calls.push(message);
    return answer(message, calls.length);
  };
  return { calls, deliver };
}

const ok = (message: OutboxMessage): DeliveryResult => ({ ok: true, id: `resend-${message.id}` });
const outage = { ok: false as const, error: '500 internal_server_error', retryable: true };

/** A clock the test moves. */
function clockAt(start: Date) {
  let now = start.getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe.each(engineNames)('the outbox on %s', (engineName) => {
  const engine = useEngine(engineName);
  const rowsOf = async (leadId: string) => outboxRows(await database(), { leadId });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});

  it('sends each due message once, with its own idempotency key, and records what Resend answered', async () => {
    const leadId = await queued(2);
    const { calls, deliver } = scriptedDelivery(ok);
    const report = await deliverPendingMail({ leadId, deliver, policy });
    expect(report).toMatchObject({ sent: 2, failed: 0, gaveUp: 0 });
    const rows = await rowsOf(leadId);
    expect(rows.map((r) => [r.status, r.attempts, r.resend_id])).toEqual([
      ['sent', 1, `resend-${rows[0]!.id}`],
      ['sent', 1, `resend-${rows[1]!.id}`],
    ]);
    expect(calls.map((c) => c.idempotencyKey)).toEqual(rows.map((r) => r.idempotency_key));
    expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(2);
    await deliverPendingMail({ leadId, deliver, policy, includeNotDue: true });
    expect(calls).toHaveLength(2);
  });

  it('backs off after each failure, retries with the same key, and sends once Resend is back', async () => {
    const leadId = await queued();
    const time = clockAt(new Date());
    const { calls, deliver } = scriptedDelivery((m, call) => (call <= 2 ? outage : ok(m)));
    const run = () => deliverPendingMail({ deliver, policy, clock: time.clock });

    await deliverPendingMail({ leadId, deliver, policy, clock: time.clock });
    let [row] = await rowsOf(leadId);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: outage.error });
    expect(Date.parse(row!.next_attempt_at) - time.clock().getTime()).toBe(30_000);

    time.advance(29_000);
    await run(); // not due yet
    expect(calls).toHaveLength(1);
    time.advance(1_000);
    await run();
    [row] = await rowsOf(leadId);
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(Date.parse(row!.next_attempt_at) - time.clock().getTime()).toBe(60_000);

    time.advance(60_000);
    await run();
    [row] = await rowsOf(leadId);
    expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    expect(new Set(calls.map((c) => c.idempotencyKey))).toEqual(new Set([row!.idempotency_key]));
  });

  it('renders an e-mail stored as a template once, stores it before the first attempt, and sends those bytes on every retry', async () => {
    const leadId = await queued(1, (address) => [confirmationToRender(address)]);
    const [stored] = await rowsOf(leadId);
    expect(JSON.parse(stored!.payload)).not.toHaveProperty('html');
    const time = clockAt(new Date());
    const storedAtAttempt: string[] = [];
    const { calls, deliver } = scriptedDelivery((message, call) => {
      return call === 1 ? outage : ok(message);
    });
    const recording: Deliver = async (message) => {
      storedAtAttempt.push((await outboxPayload(await database(), message.id))!);
      return deliver(message);
    };

    await deliverPendingMail({ leadId, deliver: recording, policy, clock: time.clock });
    time.advance(policy.baseMs);
    await deliverPendingMail({ leadId, deliver: recording, policy, clock: time.clock });

    expect(calls).toHaveLength(2);
    const [first, second] = calls.map((c) => c.payload as { html: string; text: string });
    expect(first!.html).toContain('Jane &lt;b&gt;Doe&lt;/b&gt;');
    expect(first!.text).toContain('We call.');
    // Already stored when Resend was first called, and the very same bytes on the retry.
    expect(storedAtAttempt[0]).toBe(JSON.stringify(first));
    expect(storedAtAttempt[1]).toBe(storedAtAttempt[0]);
    expect(second).toEqual(first);
    expect((await rowsOf(leadId))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('keeps the first rendering when a second sender renders the same row', async () => {
    const leadId = await queued(1, (address) => [confirmationToRender(address)]);
    const [row] = await rowsOf(leadId);
    const db = await database();
    expect(await storeRenderedPayload(db, row!.id, row!.payload, '{"first":true}')).toBe(true);
    expect(await storeRenderedPayload(db, row!.id, row!.payload, '{"second":true}')).toBe(false);
    expect(await outboxPayload(db, row!.id)).toBe('{"first":true}');
  });

  it('gives up, sending nothing, an e-mail whose template cannot be rendered', async () => {
    const leadId = await queued(1, (address) => [
      confirmationToRender(address, 'no-such-template'),
    ]);
    const { calls, deliver } = scriptedDelivery(ok);
    const report = await deliverPendingMail({ leadId, deliver, policy });
    expect(report).toMatchObject({ sent: 0, gaveUp: 1 });
    expect(calls).toHaveLength(0);
    expect((await rowsOf(leadId))[0]).toMatchObject({
      status: 'failed',
      last_error: 'the e-mail could not be rendered: no e-mail template named "no-such-template"',
    });
  });

  it('gives a message up after MAIL_MAX_ATTEMPTS and stops trying it', async () => {
    const leadId = await queued();
    const time = clockAt(new Date());
    const { calls, deliver } = scriptedDelivery(() => outage);
    for (let i = 0; i < 10; i += 1) {
      await deliverPendingMail({ leadId, deliver, policy, clock: time.clock });
      time.advance(policy.maxMs);
    }
    expect(calls).toHaveLength(policy.maxAttempts);
    const [row] = await rowsOf(leadId);
    expect(row).toMatchObject({
      status: 'failed',
      attempts: policy.maxAttempts,
      last_error: outage.error,
    });
  });

  it('gives up at once on an error no retry can fix (Resend calls the message invalid)', async () => {
    const leadId = await queued();
    const { calls, deliver } = scriptedDelivery(() => ({
      ok: false,
      error: '422 validation_error Invalid `to` field',
      retryable: false,
    }));
    const report = await deliverPendingMail({ leadId, deliver, policy });
    expect(report).toMatchObject({ sent: 0, failed: 1, gaveUp: 1 });
    expect(calls).toHaveLength(1);
    expect((await rowsOf(leadId))[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('treats a delivery function that throws as a failed attempt to retry', async () => {
    const leadId = await queued();
    const deliver: Deliver = async () => {
      throw new Error('socket hang up');
    };
    const report = await deliverPendingMail({ leadId, deliver, policy });
    expect(report).toMatchObject({ sent: 0, failed: 1, gaveUp: 0 });
    expect((await rowsOf(leadId))[0]).toMatchObject({
      status: 'pending',
      last_error: 'socket hang up',
    });
  });

  it('puts failed messages back (mail:retry --failed) and sends them with their own keys', async () => {
    const leadId = await queued();
    await deliverPendingMail({
      leadId,
      deliver: async () => ({ ok: false, error: '403 invalid_api_key', retryable: false }),
      policy,
    });
    const [failed] = await rowsOf(leadId);
    expect(failed!.status).toBe('failed');

    const requeued = await requeueFailedMail(await database(), new Date());
    expect(requeued).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(leadId))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    const { calls, deliver } = scriptedDelivery(ok);
    await deliverPendingMail({ deliver, policy });
    expect((await rowsOf(leadId))[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(calls.filter((c) => c.id === failed!.id).map((c) => c.idempotencyKey)).toEqual([
      failed!.idempotency_key,
    ]);
  });

  it('lets one sender at a time hold a row, and another take it over when the claim runs out', async () => {
    const leadId = await queued();
    const db = await database();
    const now = new Date();
    const claimed = await claimNextMail(db, { leadId }, now, new Date(now.getTime() + 60_000));
    expect(claimed).toBeDefined();
    // A second sender finds nothing to take while the claim holds…
    expect(
      await claimNextMail(db, { leadId }, now, new Date(now.getTime() + 60_000)),
    ).toBeUndefined();
    const { calls, deliver } = scriptedDelivery(ok);
    await deliverPendingMail({ leadId, deliver, policy });
    expect(calls).toHaveLength(0);
    // …and takes it once the first sender's claim has run out (it died mid-send).
    const later = new Date(now.getTime() + 61_000);
    expect(
      (await claimNextMail(db, { leadId }, later, new Date(later.getTime() + 60_000)))?.id,
    ).toBe(claimed!.id);
  });

  it('two servers sending the same outbox at once send every message exactly once', async () => {
    const leadIds = await Promise.all(Array.from({ length: 15 }, () => queued(2)));
    // Two senders with their own connections, as two servers (or the server and mail:retry) have.
    const url = engine.env.DATABASE_URL;
    const second: Db | undefined = url
      ? await openDatabase({ engine: 'postgres', url: `${url}?application_name=second-server` })
      : undefined;
    const delivered: number[] = [];
    const slowDeliver: Deliver = async (message) => {
      delivered.push(message.id);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return ok(message);
    };
    const sender = (db?: Db) =>
      deliverPendingMail({ deliver: slowDeliver, policy, includeNotDue: true, db });
    const reports = await Promise.all([sender(), sender(second), sender(), sender(second)]);
    const rows = (await Promise.all(leadIds.map(rowsOf))).flat();
    expect(rows).toHaveLength(30);
    expect(rows.every((r: OutboxRow) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    const mine = new Set(rows.map((r) => r.id));
    const sentOfMine = delivered.filter((id) => mine.has(id));
    expect(sentOfMine).toHaveLength(30);
    expect(new Set(sentOfMine).size).toBe(30);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(delivered.length);
    if (second) {
      // And claims from the second pool skip rows the first holds (FOR UPDATE SKIP LOCKED).
      const leadId = await queued();
      const now = new Date();
      const until = new Date(now.getTime() + 60_000);
      const [a, b] = await Promise.all([
        claimNextMail(await database(), { leadId }, now, until),
        claimNextMail(second, { leadId }, now, until),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
    }
  });
});

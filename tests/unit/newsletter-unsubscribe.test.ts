/**
 * Unsubscribing deletes (the privacy policy): the reader is marked unsubscribed at once, the
 * removal of her Resend contact waits in the outbox, and the daily purge deletes her address, with
 * its outbox rows, once that removal has been sent — never before. On SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { database } from '@/lib/db';
import { outboxRows, requeueFailedMail } from '@/lib/db/outbox';
import { findSubscriber } from '@/lib/db/subscribers';
import { purgeExpired } from '@/lib/leads/retention';
import { deliverPendingMail, type Deliver, type OutboxMessage } from '@/lib/mail/outbox';
import {
  confirmSubscription,
  requestSubscription,
  unsubscribe,
} from '@/lib/newsletter/subscribers';
import { linkSecret, signLink } from '@/lib/signed-links';
import { engineNames, useEngine } from '../support/engines';

/** Resend as the outbox sees it: every call recorded, answered as `answer` says. */
function fakeDelivery(answer: (message: OutboxMessage) => boolean = () => true) {
  const calls: OutboxMessage[] = [];
  const deliver: Deliver = async (message) => {
    calls.push(message);
    return answer(message)
      ? { ok: true, id: `fake-${message.id}` }
      : { ok: false, error: '422 validation_error', retryable: false };
  };
  return { calls, deliver };
}

let n = 0;
const uniqueEmail = () => `reader${(n += 1)}-${Date.now()}@example.com`;

async function signUp(email: string) {
  const result = await requestSubscription(email, `client-${email}`, (links) => ({
    operation: 'email',
    purpose: 'newsletter-confirm',
    payload: {
      from: 'a@example.com',
      to: [email],
      subject: 'Confirm',
      html: links.confirmUrl,
      text: links.confirmUrl,
    },
  }));
  expect(result.status).toBe('sent');
  return result.subscriberId!;
}

async function confirm(email: string) {
  const row = await findSubscriber(await database(), email);
  const token = signLink(
    { purpose: 'confirm', email, nonce: row!.confirm_nonce!, expiresAt: Date.now() + 60_000 },
    await linkSecret(),
  );
  expect((await confirmSubscription(token)).status).toBe('confirmed');
}

async function unsubscribeLink(email: string) {
  return signLink({ purpose: 'unsubscribe', email }, await linkSecret());
}

const rowsOf = async (subscriberId: string) =>
  (await outboxRows(await database(), { subscriberId })).map((r) => [r.operation, r.status]);

describe.each(engineNames)('unsubscribing on %s', (engineName) => {
  useEngine(engineName);

  it('stops mail at once, removes the Resend contact, then deletes the address and its rows', async () => {
    const email = uniqueEmail();
    const id = await signUp(email);
    await confirm(email);
    const resend = fakeDelivery();
    await deliverPendingMail({ deliver: resend.deliver, subscriberId: id });

    expect(await unsubscribe(await unsubscribeLink(email))).toMatchObject({
      status: 'unsubscribed',
      subscriberId: id,
    });
    expect((await findSubscriber(await database(), email))?.status).toBe('unsubscribed');
    expect(await rowsOf(id)).toEqual([
      ['email', 'sent'],
      ['contact', 'sent'],
      ['contact-remove', 'pending'],
    ]);

    // Until Resend has removed the contact, the address stays.
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 0 });
    expect(await findSubscriber(await database(), email)).toBeDefined();

    await deliverPendingMail({ deliver: resend.deliver, subscriberId: id });
    const removal = resend.calls.at(-1)!;
    expect([removal.operation, removal.payload]).toEqual(['contact-remove', { email }]);

    expect(await purgeExpired()).toMatchObject({ unsubscribed: 1, mail: 3 });
    expect(await findSubscriber(await database(), email)).toBeUndefined();
    expect(await rowsOf(id)).toEqual([]);
    // Unsubscribing again with the same link is harmless.
    expect((await unsubscribe(await unsubscribeLink(email))).status).toBe('unsubscribed');
  });

  it('keeps the address while the removal has failed, and deletes it once a retry succeeds', async () => {
    const email = uniqueEmail();
    const id = await signUp(email);
    await confirm(email);
    await deliverPendingMail({ deliver: fakeDelivery().deliver, subscriberId: id });
    await unsubscribe(await unsubscribeLink(email));

    const refusing = fakeDelivery((message) => message.operation !== 'contact-remove');
    await deliverPendingMail({ deliver: refusing.deliver, subscriberId: id });
    expect((await rowsOf(id)).at(-1)).toEqual(['contact-remove', 'failed']);
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 0 });
    expect(await findSubscriber(await database(), email)).toBeDefined();

    await requeueFailedMail(await database(), new Date());
    await deliverPendingMail({ deliver: fakeDelivery().deliver, subscriberId: id });
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 1 });
    expect(await findSubscriber(await database(), email)).toBeUndefined();
  });

  it('deletes a sign-up never confirmed at the next purge: Resend never had her', async () => {
    const email = uniqueEmail();
    const id = await signUp(email);
    await unsubscribe(await unsubscribeLink(email));
    expect(await rowsOf(id)).toEqual([['email', 'pending']]);
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 1, mail: 1 });
    expect(await findSubscriber(await database(), email)).toBeUndefined();
  });

  it('keeps a reader who signed up again before the purge', async () => {
    const email = uniqueEmail();
    const id = await signUp(email);
    await confirm(email);
    await unsubscribe(await unsubscribeLink(email));
    await deliverPendingMail({ deliver: fakeDelivery().deliver, subscriberId: id });
    await signUp(email);
    expect(await purgeExpired()).toMatchObject({ unsubscribed: 0 });
    expect((await findSubscriber(await database(), email))?.status).toBe('pending');
  });
});

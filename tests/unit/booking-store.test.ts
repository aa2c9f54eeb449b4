import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { database } from '@/lib/db';
import {
  bookedSpans,
  cancelBooking,
  findBooking,
  listBookings,
  queueReminders,
  rescheduleBooking,
} from '@/lib/db/bookings';
import { findLeads } from '@/lib/db/leads';
import { outboxRows } from '@/lib/db/outbox';
import type { OutboxItem } from '@/lib/db/schema';
import type { ConsultationInput } from '@/lib/forms/consultation-schema';
import { purgeExpired } from '@/lib/leads/retention';
import { saveLead } from '@/lib/leads/store';
import { validConsultation } from '../support/consultation-request';
import { engineNames, useEngine } from '../support/engines';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let n = 0;
function mother(): ConsultationInput {
  n += 1;
  return { ...validConsultation, email: `mother${n}-${Date.now()}@example.com` };
}

const mail = (purpose: string): OutboxItem[] => [
  {
    operation: 'email',
    purpose,
    payload: { from: 'a@example.com', to: ['b@example.com'], subject: 's', html: 'h', text: 't' },
  },
];

/** A slot `hours` from now, 15 minutes long, on a whole quarter hour. */
function slot(hours: number) {
  const start = Math.ceil((Date.now() + hours * HOUR) / (15 * 60_000)) * 15 * 60_000;
  return {
    start: new Date(start).toISOString().replace('.000Z', 'Z'),
    end: new Date(start + 15 * 60_000).toISOString(),
  };
}

const book = (
  lead: ConsultationInput,
  at: { start: string; end: string },
  client: string = randomUUID(),
) =>
  saveLead(lead, mail('booking-confirmation'), {
    client,
    booking: { id: randomUUID(), slot: at },
  });

describe.each(engineNames)('bookings on %s', (engineName) => {
  useEngine(engineName);

  it('stores a booking with its request and e-mails, and holds its slot', async () => {
    const at = slot(48);
    const lead = mother();
    const result = await book(lead, at);
    expect(result.status).toBe('stored');
    if (result.status !== 'stored') return;
    const booking = await findBooking(await database(), result.bookingId!);
    expect(booking).toMatchObject({
      status: 'booked',
      start_at: new Date(at.start).toISOString(),
      email: lead.email,
      sequence: 0,
    });
    expect(await outboxRows(await database(), { leadId: result.leadId })).toHaveLength(1);
    expect(await bookedSpans(await database(), new Date())).toContainEqual({
      start: new Date(at.start).toISOString(),
      end: at.end,
    });
  });

  it('gives one slot to one of 20 mothers booking it at once; the others store nothing', async () => {
    const at = slot(72);
    const mothers = Array.from({ length: 20 }, mother);
    const results = await Promise.all(mothers.map((m) => book(m, at)));
    expect(results.filter((r) => r.status === 'stored')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'taken')).toHaveLength(19);
    const db = await database();
    const stored = (
      await Promise.all(mothers.map((m) => findLeads(db, { email: m.email })))
    ).flat();
    expect(stored).toHaveLength(1);
    const holders = (await listBookings(db)).filter(
      (b) => b.start_at === new Date(at.start).toISOString(),
    );
    expect(holders).toHaveLength(1);
  });

  it('the same booking sent twice (a double click) is one booking', async () => {
    const at = slot(80);
    const lead = mother();
    const first = await book(lead, at, 'same-client');
    const again = await book(lead, at, 'same-client');
    expect(first.status).toBe('stored');
    expect(again).toMatchObject({
      status: 'duplicate',
      leadId: (first as { leadId: string }).leadId,
    });
    expect((again as { bookingId?: string }).bookingId).toBe(
      (first as { bookingId?: string }).bookingId,
    );
  });

  it('cancelling frees the slot for the next mother, once, with a higher sequence', async () => {
    const at = slot(96);
    const first = await book(mother(), at);
    const id = (first as { bookingId: string }).bookingId;
    expect((await book(mother(), at)).status).toBe('taken');
    const db = await database();
    const cancelled = await cancelBooking(db, id, () => mail('booking-cancelled'));
    expect(cancelled).toMatchObject({
      status: 'changed',
      booking: { status: 'cancelled', sequence: 1 },
    });
    expect(await cancelBooking(db, id, () => mail('booking-cancelled'))).toEqual({
      status: 'not-booked',
    });
    const rows = await outboxRows(db, { leadId: (first as { leadId: string }).leadId });
    expect(rows.map((r) => r.purpose)).toEqual(['booking-confirmation', 'booking-cancelled']);
    expect((await book(mother(), at)).status).toBe('stored');
  });

  it('moves a booking to a free slot only, and frees the old one', async () => {
    const from = slot(120);
    const to = slot(121);
    const other = slot(122);
    const first = await book(mother(), from);
    const id = (first as { bookingId: string }).bookingId;
    await book(mother(), other);
    const db = await database();
    expect(await rescheduleBooking(db, id, other, () => mail('booking-moved'))).toEqual({
      status: 'taken',
    });
    const moved = await rescheduleBooking(db, id, to, () => mail('booking-moved'));
    expect(moved).toMatchObject({
      status: 'changed',
      booking: { start_at: new Date(to.start).toISOString(), sequence: 1, status: 'booked' },
    });
    expect((await book(mother(), from)).status).toBe('stored');
    expect((await book(mother(), to)).status).toBe('taken');
  });

  it('two moves to one slot at once: one of them gets it', async () => {
    const target = slot(130);
    const a = (await book(mother(), slot(131))) as { bookingId: string };
    const b = (await book(mother(), slot(132))) as { bookingId: string };
    const db = await database();
    const results = await Promise.all(
      [a, b].map((x) => rescheduleBooking(db, x.bookingId, target, () => mail('booking-moved'))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['changed', 'taken']);
  });

  it('queues the reminder the day before once, however often it is asked', async () => {
    const db = await database();
    const lead = mother();
    const at = slot(30);
    const result = (await saveLead(lead, [], {
      client: randomUUID(),
      now: new Date(Date.now() - 3 * DAY),
      booking: { id: randomUUID(), slot: at },
    })) as { leadId: string; bookingId: string };
    // Booked an hour ahead: too soon for a reminder.
    await book(mother(), slot(1));
    const now = new Date(Date.parse(at.start) - 20 * HOUR);
    const remind = () => mail('booking-reminder');
    const counts = await Promise.all([
      queueReminders(db, remind, { now, aheadMs: DAY }),
      queueReminders(db, remind, { now, aheadMs: DAY }),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await queueReminders(db, remind, { now, aheadMs: DAY })).toBe(0);
    const reminders = (await outboxRows(db, { leadId: result.leadId })).filter(
      (r) => r.purpose === 'booking-reminder',
    );
    expect(reminders).toHaveLength(1);
    expect((await findBooking(db, result.bookingId))?.reminder_queued_at).not.toBeNull();
  });

  it('deletes a booking with its request when the request is past its keeping time', async () => {
    const db = await database();
    const result = (await saveLead(mother(), mail('booking-confirmation'), {
      client: randomUUID(),
      now: new Date(Date.now() - 400 * DAY),
      booking: {
        id: randomUUID(),
        slot: { start: slot(-400 * 24).start, end: slot(-400 * 24).end },
      },
    })) as { leadId: string; bookingId: string };
    expect(await findBooking(db, result.bookingId)).toBeDefined();
    await purgeExpired();
    expect(await findBooking(db, result.bookingId)).toBeUndefined();
    expect(await outboxRows(db, { leadId: result.leadId })).toHaveLength(0);
  });
});

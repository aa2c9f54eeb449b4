import 'server-only';
import { database } from '@/lib/db';
import { queueReminders } from '@/lib/db/bookings';
import { linkSecret } from '@/lib/signed-links';
import { changeMessages } from './messages';

const HOUR = 3_600_000;

/** A reminder goes out once a consultation is this close (and was booked longer ago than that). */
export const REMINDER_AHEAD_MS = 24 * HOUR;

/**
 * Queues the reminder of every consultation within the next day, once each (lib/db/bookings.ts
 * marks the booking in the transaction that queues it). Run by the server's loop and by
 * /api/cron; the outbox sends it. Returns how many were queued.
 */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const secret = await linkSecret();
  return queueReminders(await database(), changeMessages('reminder', { now, secret }), {
    now,
    aheadMs: REMINDER_AHEAD_MS,
  });
}

const globalForReminders = globalThis as typeof globalThis & {
  __bookingReminders?: NodeJS.Timeout;
};

/** While the server runs: looks for due reminders at start, then every 10 minutes. */
export function startReminderLoop(): void {
  if (globalForReminders.__bookingReminders || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const run = () =>
    queueDueReminders().catch((error: unknown) =>
      console.error('[booking] could not queue reminders:', error),
    );
  globalForReminders.__bookingReminders = setInterval(run, 10 * 60_000);
  globalForReminders.__bookingReminders.unref();
  void run();
}

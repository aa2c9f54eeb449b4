import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { purgeExpired, type PurgeResult } from '@/lib/leads/retention';
import { deliverPendingMail, type DeliveryReport } from '@/lib/mail/outbox';
import { queueDueReminders } from '@/lib/booking/reminders';

/**
 * The scheduled work a serverless host runs through GET /api/cron (vercel.json calls it), where no
 * process lives long enough for the in-process loops of `next start` (lib/mail/retry-loop.ts,
 * startDailyPurge, startReminderLoop): send what waits in the outbox, delete what the privacy
 * policy no longer keeps, queue the reminders of tomorrow's consultations.
 */

/** `disabled` when CRON_SECRET is unset: the route then does not exist. */
export type CronAccess = 'allowed' | 'denied' | 'disabled';

/**
 * Checks `Authorization: Bearer <CRON_SECRET>` (what Vercel Cron sends). Both sides are hashed
 * first, so the comparison takes the same time whatever the header's length or content.
 */
export function cronAccess(
  authorization: string | null,
  secret: string | undefined = env().CRON_SECRET,
): CronAccess {
  if (!secret) return 'disabled';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${secret}`))
    ? 'allowed'
    : 'denied';
}

export interface ScheduledWorkReport {
  mail: DeliveryReport;
  purged: PurgeResult;
  /** Reminders of tomorrow's consultations queued by this run (and sent with the mail). */
  reminders: number;
}

/** Purges first: mail about a request past its keeping time is deleted with it, never sent. */
export async function runScheduledWork(): Promise<ScheduledWorkReport> {
  const purged = await purgeExpired();
  const reminders = await queueDueReminders();
  const mail = await deliverPendingMail({ userAgent: 'kap-site-cron' });
  return { mail, purged, reminders };
}

import { database } from '@/lib/db';
import { purgeRows, type PurgeResult } from '@/lib/db/retention';

const dayMs = 86_400_000;

/**
 * The privacy policy's promises (content/pages/privacy.mdx, which shows them with
 * <RetentionDays />), as the numbers the purge applies.
 */
export const retentionDays = {
  /** A consultation request is deleted this many days after it arrived (its copies in the practice's inbox are hers). */
  consultation: 365,
  /** A sign-up never confirmed (its link expires after 48 hours) is deleted after 30 days. */
  unconfirmedSignUp: 30,
} as const;

export type { PurgeResult };

/**
 * Deletes what the privacy policy says the site no longer keeps: consultation requests a year
 * after they arrived (with the consultation booked, if any), sign-ups left unconfirmed for 30 days (counted from their latest
 * confirmation e-mail), and unsubscribed readers once Resend has removed their contact, each with
 * its outbox rows; and rate-limit hits older than a day. One transaction: all of it or none. A
 * client's records live in the therapist's own record system, not here.
 */
export async function purgeExpired(now = Date.now()): Promise<PurgeResult> {
  return purgeRows(await database(), {
    leadsBefore: new Date(now - retentionDays.consultation * dayMs),
    unconfirmedSignUpsBefore: new Date(now - retentionDays.unconfirmedSignUp * dayMs),
    rateLimitHitsBefore: new Date(now - dayMs),
  });
}

const globalForPurge = globalThis as typeof globalThis & { __retentionPurge?: NodeJS.Timeout };

/** While the server runs: purges once at start, then once a day. */
export function startDailyPurge(): void {
  if (globalForPurge.__retentionPurge || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const run = () =>
    purgeExpired().then(
      ({ leads, signUps, unsubscribed }) => {
        if (leads || signUps || unsubscribed)
          console.info(
            `[retention] deleted ${leads} old request(s), ${signUps} stale sign-up(s), ${unsubscribed} unsubscribed address(es)`,
          );
      },
      (error: unknown) => console.error('[retention] purge failed:', error),
    );
  globalForPurge.__retentionPurge = setInterval(run, dayMs);
  globalForPurge.__retentionPurge.unref();
  void run();
}

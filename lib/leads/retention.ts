import { getDb } from '@/lib/db';

const dayMs = 86_400_000;

/**
 * The privacy policy's promises (content/pages/privacy.mdx, which shows them with
 * <RetentionDays />), as the numbers the purge applies.
 */
export const retentionDays = {
  /** A consultation request is deleted a year after it arrived: "up to 12 months after our last contact". */
  consultation: 365,
  /** A sign-up never confirmed (its link expires after 48 hours) is deleted after 30 days. */
  unconfirmedSignUp: 30,
} as const;

export interface PurgeResult {
  leads: number;
  signUps: number;
  mail: number;
}

/**
 * Deletes what the privacy policy says the site no longer keeps: consultation requests older than
 * a year and sign-ups left unconfirmed for 30 days (counted from their latest confirmation e-mail),
 * each with its outbox rows. One transaction: all of it or none. A client's records live in the
 * therapist's own record system, not here.
 */
export function purgeExpired(now = Date.now()): PurgeResult {
  const db = getDb();
  const leadCutoff = new Date(now - retentionDays.consultation * dayMs).toISOString();
  const signUpCutoff = new Date(now - retentionDays.unconfirmedSignUp * dayMs).toISOString();
  // Pending, first asked for before the cutoff, and not asked for again since.
  const staleSignUps = `SELECT s.id FROM subscribers s
    WHERE s.status = 'pending' AND s.created_at < @signUpCutoff
      AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.subscriber_id = s.id AND o.created_at >= @signUpCutoff)`;
  const purge = db.transaction((): PurgeResult => {
    const cutoffs = { leadCutoff, signUpCutoff };
    const mail = db
      .prepare(
        `DELETE FROM outbox
         WHERE lead_id IN (SELECT id FROM leads WHERE created_at < @leadCutoff)
            OR subscriber_id IN (${staleSignUps})`,
      )
      .run(cutoffs).changes;
    const leads = db
      .prepare('DELETE FROM leads WHERE created_at < @leadCutoff')
      .run(cutoffs).changes;
    const signUps = db
      .prepare(`DELETE FROM subscribers WHERE id IN (${staleSignUps})`)
      .run(cutoffs).changes;
    return { leads, signUps, mail };
  });
  return purge.immediate();
}

const globalForPurge = globalThis as typeof globalThis & { __retentionPurge?: NodeJS.Timeout };

/** While the server runs: purges once at start, then once a day. */
export function startDailyPurge(): void {
  if (globalForPurge.__retentionPurge || process.env.NEXT_PHASE === 'phase-production-build')
    return;
  const run = () => {
    try {
      const { leads, signUps } = purgeExpired();
      if (leads || signUps)
        console.info(`[retention] deleted ${leads} old request(s), ${signUps} stale sign-up(s)`);
    } catch (error) {
      console.error('[retention] purge failed:', error);
    }
  };
  globalForPurge.__retentionPurge = setInterval(run, dayMs);
  globalForPurge.__retentionPurge.unref();
  run();
}

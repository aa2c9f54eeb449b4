import { getPage } from './content/pages';
import { EnvError, readEnv } from './env';
import { formatLaunchGaps, launchGaps } from './launch-check';
import { practice } from './practice';
import { startDailyPurge } from './leads/retention';
import { startMailRetryLoop } from './mail/retry-loop';
import { hostProblem } from './host-check';
import { startReminderLoop } from './booking/reminders';

/**
 * What `next start` (and the standalone server.js) does once, before the first request: check every
 * environment variable, and that this host can keep what the site stores (lib/host-check.ts);
 * either problem stops the server here, in words naming what to set, instead of failing at the
 * first request. Then start the outbox retry loop and the daily purge of what the privacy policy
 * no longer keeps.
 */
export function startServer(): void {
  try {
    const { SITE_URL } = readEnv();
    // A public address with launch items still missing: say so once, loudly (npm run check:launch).
    if (SITE_URL.startsWith('https://')) {
      const reviewed = {
        privacy: getPage('privacy').data.reviewed,
        terms: getPage('terms').data.reviewed,
      };
      const gaps = launchGaps({ practice, reviewed, env: process.env });
      if (gaps.length) console.warn(`[launch] ${formatLaunchGaps(gaps)}`);
    }
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[config] ${error.message}`);
    process.exit(1);
  }
  // `next build` runs this file too, on the build machine: the check is about where the site runs.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const problem = hostProblem();
  if (problem) {
    console.error(`[data] Cannot start: ${problem}`);
    process.exit(1);
  }
  startMailRetryLoop();
  startDailyPurge();
  startReminderLoop();
}

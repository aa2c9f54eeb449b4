import { getPage } from './content/pages';
import { EnvError, readEnv } from './env';
import { formatLaunchGaps, launchGaps } from './launch-check';
import { practice } from './practice';
import { startDailyPurge } from './leads/retention';
import { startMailRetryLoop } from './mail/retry-loop';

/**
 * What `next start` does once, before the first request: check every environment variable (a wrong
 * one stops the server here, naming it, instead of failing at the first request), then start the
 * outbox retry loop and the daily purge of what the privacy policy no longer keeps.
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
  startMailRetryLoop();
  startDailyPurge();
}

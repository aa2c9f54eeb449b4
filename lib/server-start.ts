import { EnvError, readEnv } from './env';
import { startDailyPurge } from './leads/retention';
import { startMailRetryLoop } from './mail/retry-loop';

/**
 * What `next start` does once, before the first request: check every environment variable (a wrong
 * one stops the server here, naming it, instead of failing at the first request), then start the
 * outbox retry loop and the daily purge of what the privacy policy no longer keeps.
 */
export function startServer(): void {
  try {
    readEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[config] ${error.message}`);
    process.exit(1);
  }
  startMailRetryLoop();
  startDailyPurge();
}

/**
 * When the Node.js server starts (not in the Edge runtime, not during the build): the outbox retry
 * loop, and the daily purge of what the privacy policy no longer keeps.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailRetryLoop } = await import('./lib/mail/retry-loop');
  const { startDailyPurge } = await import('./lib/leads/retention');
  startMailRetryLoop();
  startDailyPurge();
}

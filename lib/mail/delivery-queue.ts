import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { deliverPendingMail } from './outbox';

/**
 * The server's one sender. A request answers as soon as what it stored is committed, and asks for
 * its mail to be sent (`after(deliverSoon)`); the retry loop asks every MAIL_RETRY_INTERVAL_MS.
 * One delivery run at a time per process walks every due message, in order; asking during a run
 * makes it walk once more when it ends. Before each message the sender waits for a quiet moment
 * (this process's event loop less than half busy over QUIET_WINDOW_MS), for at most
 * QUIET_MAX_WAIT_MS: a burst of requests is answered first and its mail is rendered and sent in the
 * gaps, seconds later, instead of twenty renderings and calls to Resend competing with the requests
 * still waiting for their answer. Nothing waits in memory: the messages are in the database, and
 * any other sender (another server, `npm run mail:retry`, /api/cron) may send them first.
 */
export const QUIET_WINDOW_MS = 5;
export const QUIET_MAX_WAIT_MS = 2_000;

/** Resolves at the first window in which this process was mostly idle, or after `maxMs`. */
async function quietMoment(maxMs = QUIET_MAX_WAIT_MS): Promise<void> {
  const until = performance.now() + maxMs;
  do {
    const before = performance.eventLoopUtilization();
    await sleep(QUIET_WINDOW_MS);
    if (performance.eventLoopUtilization(before).utilization < 0.5) return;
  } while (performance.now() < until);
}

// On globalThis: one sender per process, whichever bundle (actions, route handlers, the loop) asks.
const globalForSender = globalThis as typeof globalThis & {
  __mailSender?: { running: Promise<void> | null; again: boolean };
};

/**
 * Sends every due message soon, through the process's one sender. Never throws into the caller (a
 * request that stored the data, or the retry loop); resolves when the sender has nothing left to do.
 */
export function deliverSoon(): Promise<void> {
  const sender = (globalForSender.__mailSender ??= { running: null, again: false });
  if (sender.running) {
    sender.again = true;
    return sender.running;
  }
  sender.running = (async () => {
    do {
      sender.again = false;
      await deliverPendingMail({ pace: quietMoment }).catch((error: unknown) =>
        console.error('[mail] delivery run failed:', error),
      );
    } while (sender.again);
    sender.running = null;
  })();
  return sender.running;
}

import { mailConfig } from './config';
import { deliverSoon } from './delivery-queue';

const globalForLoop = globalThis as typeof globalThis & { __mailRetryLoop?: NodeJS.Timeout };

/**
 * While the server runs, sends whatever in the outbox is due, through the server's one sender
 * (lib/mail/delivery-queue.ts). Each failed row waits longer before its next attempt
 * (MAIL_RETRY_BASE_MS, doubling up to MAIL_RETRY_MAX_MS); the loop only looks every
 * MAIL_RETRY_INTERVAL_MS, and adds no round while its last one still waits in the queue.
 */
export function startMailRetryLoop(): void {
  if (globalForLoop.__mailRetryLoop || process.env.NEXT_PHASE === 'phase-production-build') return;
  const intervalMs = mailConfig().retryIntervalMs;
  let waiting: Promise<void> | null = null;
  const tick = () => {
    waiting ??= deliverSoon().finally(() => (waiting = null));
  };
  globalForLoop.__mailRetryLoop = setInterval(tick, intervalMs);
  globalForLoop.__mailRetryLoop.unref();
  tick();
}

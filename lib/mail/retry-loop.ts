import { mailConfig } from './config';
import { deliverPendingMail } from './outbox';

const globalForLoop = globalThis as typeof globalThis & { __mailRetryLoop?: NodeJS.Timeout };

/**
 * While the server runs, sends whatever in the outbox is due. Each failed row waits longer before its
 * next attempt (MAIL_RETRY_BASE_MS, doubling up to MAIL_RETRY_MAX_MS); the loop only looks every
 * MAIL_RETRY_INTERVAL_MS.
 */
export function startMailRetryLoop(): void {
  if (globalForLoop.__mailRetryLoop || process.env.NEXT_PHASE === 'phase-production-build') return;
  const intervalMs = mailConfig().retryIntervalMs;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPendingMail();
    } catch (error) {
      console.error('[mail] retry run failed:', error);
    } finally {
      running = false;
    }
  };
  globalForLoop.__mailRetryLoop = setInterval(tick, intervalMs);
  globalForLoop.__mailRetryLoop.unref();
  void tick();
}

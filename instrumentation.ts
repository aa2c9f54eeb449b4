/** Starts the outbox retry loop when the Node.js server starts (not in the Edge runtime, not during the build). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startMailRetryLoop } = await import('./lib/mail/retry-loop');
  startMailRetryLoop();
}

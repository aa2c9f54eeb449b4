/**
 * When the Node.js server starts (not in the Edge runtime, not during the build): the environment
 * check, the outbox retry loop and the daily purge (lib/server-start.ts).
 */
export async function register() {
  // The condition, as Next.js documents it, keeps the Node.js-only module out of the Edge bundle.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./lib/server-start');
    startServer();
  }
}

import { cronAccess, runScheduledWork } from '@/lib/cron';

export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

/**
 * Scheduled work for serverless hosts (vercel.json): sends what waits in the outbox and runs the
 * retention purge. Needs `Authorization: Bearer $CRON_SECRET`; without CRON_SECRET it does not exist.
 */
export async function GET(request: Request) {
  const access = cronAccess(request.headers.get('authorization'));
  if (access === 'disabled') {
    return new Response('Not found.\n', {
      status: 404,
      headers: { ...noStore, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (access === 'denied') {
    return Response.json(
      { ok: false, reason: 'send Authorization: Bearer <CRON_SECRET>' },
      { status: 401, headers: { ...noStore, 'www-authenticate': 'Bearer' } },
    );
  }
  try {
    const report = await runScheduledWork();
    return Response.json({ ok: true, ...report }, { headers: noStore });
  } catch (error) {
    console.error('[cron] scheduled work failed:', error);
    return Response.json(
      { ok: false, reason: 'the scheduled work failed; the server log says why' },
      { status: 503, headers: noStore },
    );
  }
}

import { healthReport } from '@/lib/health';

// Asked anew on every request, never prerendered or cached.
export const dynamic = 'force-dynamic';

/** 200 `{ ok: true }` while the database answers, 503 with a short reason when it does not. */
export async function GET() {
  const report = await healthReport();
  return Response.json(report, {
    status: report.ok ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}

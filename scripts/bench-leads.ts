/**
 * npm run bench:leads: 200 concurrent valid consultation requests at the production server.
 *
 * Builds the site into .next-bench (skip with --skip-build when it exists), starts the fake Resend
 * and `next start` with a fresh database in .bench/data, then posts the same no-JavaScript form
 * submission a browser sends, 200 at once, each from its own address. Prints p50/p95 latency and
 * requests per second, then checks that all 200 are stored exactly once and that every e-mail
 * reached the fake Resend once. Ports: BENCH_PORT (3100), FAKE_RESEND_PORT (3299); BENCH_REQUESTS (200).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { closeDatabases, openDatabase } from '@/lib/db';
import {
  buildSite,
  consultationFormShape,
  percentile,
  postConsultation,
  proveRun,
  startFakeResend,
  startNext,
  waitFor,
  benchServerEnv,
} from './lib/consultation-load';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3100);
const fakePort = Number(process.env.FAKE_RESEND_PORT ?? 3299);
const total = Number(process.env.BENCH_REQUESTS ?? 200);
const baseUrl = `http://127.0.0.1:${port}`;
const fakeUrl = `http://127.0.0.1:${fakePort}`;
const benchDir = path.join(root, '.bench');
const dataDir = path.join(benchDir, 'data');
const distDir = '.next-bench';

const env = benchServerEnv({ port, fakePort, dataDir, distDir });

const children: ChildProcess[] = [];
function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));

async function main() {
  if (!process.argv.includes('--skip-build') || !fs.existsSync(path.join(root, distDir))) {
    console.log('Building the production server into .next-bench …');
    buildSite(root, env);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  children.push(startFakeResend(root, env));
  children.push(startNext(root, port, env));
  await waitFor(`${fakeUrl}/__test/health`);
  await waitFor(`${baseUrl}/robots.txt`);

  const hidden = await consultationFormShape(baseUrl);
  const runId = Date.now().toString(36);
  const emailOf = (i: number) => `bench-${runId}-${i}@example.com`;
  const post = (i: number) => postConsultation(baseUrl, hidden, i, emailOf(i));

  console.log(`Firing ${total} concurrent requests at ${baseUrl}/consultation …`);
  const wallStart = performance.now();
  const results = await Promise.all(Array.from({ length: total }, (_, i) => post(i)));
  const wallMs = performance.now() - wallStart;

  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = results.reduce<Record<number, number>>(
    (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
    {},
  );
  const confirmed = results.filter((r) => r.ok).length;

  // Let the outbox drain, then count what was stored and what reached the fake Resend.
  const db = await openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'leads.db') });
  const expected = Array.from({ length: total }, (_, i) => emailOf(i));
  const { storedOnce, rows, mailedTwice, unsent } = await proveRun(
    db,
    `bench-${runId}-`,
    expected,
    fakeUrl,
    120_000,
  );
  await closeDatabases();

  const round = (n: number) => Math.round(n * 10) / 10;
  console.log('');
  console.log(`requests            ${total} concurrent (no-JavaScript form posts)`);
  console.log(`HTTP statuses       ${JSON.stringify(statuses)}`);
  console.log(`confirmation shown  ${confirmed}/${total}`);
  console.log(`latency p50         ${round(percentile(latencies, 50))} ms`);
  console.log(`latency p95         ${round(percentile(latencies, 95))} ms`);
  console.log(`latency max         ${round(latencies.at(-1)!)} ms`);
  console.log(
    `throughput          ${round((total / wallMs) * 1000)} requests/s (${round(wallMs)} ms for all)`,
  );
  console.log(`stored exactly once ${storedOnce}/${total} (rows for this run: ${rows})`);
  console.log(
    `e-mails delivered   ${mailedTwice}/${total} requests with exactly 2; outbox not sent ${unsent}`,
  );

  const ok =
    confirmed === total &&
    storedOnce === total &&
    rows === total &&
    mailedTwice === total &&
    !Object.keys(statuses).some((s) => Number(s) >= 500);
  console.log(
    ok ? '\nOK: all requests stored exactly once, none lost.' : '\nFAILED: see the figures above.',
  );
  process.exitCode = ok ? 0 : 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);

/**
 * npm run bench:leads [-- --requests=200 --skip-build]: 200 valid consultation requests sent all at
 * once to the production server.
 *
 * Builds the site into .next-bench (--skip-build reuses it when it exists), starts the fake Resend
 * and `next start` with a fresh database in .bench/data, then posts the same no-JavaScript form
 * submission a browser sends, every request at once (one autocannon connection each), each from
 * its own address. Prints p50/p95 latency and requests per second, then checks that every request
 * is stored exactly once and that each of its two e-mails reached the fake Resend once.
 * Ports: BENCH_PORT (3100), FAKE_RESEND_PORT (3299).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabases, openDatabase } from '@/lib/db';
import {
  benchServerEnv,
  buildSite,
  consultationFormShape,
  loadConsultations,
  percentile,
  proveRun,
} from './lib/consultation-load';
import { startFakeResend, startNext, stopServer } from './lib/server';

const { values: options } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 3100);
const fakePort = Number(process.env.FAKE_RESEND_PORT ?? 3299);
const total = Number(options.requests);
const baseUrl = `http://127.0.0.1:${port}`;
const fakeUrl = `http://127.0.0.1:${fakePort}`;
const dataDir = path.join(root, '.bench/data');
const distDir = '.next-bench';
const env = benchServerEnv({ port, fakePort, dataDir, distDir });

async function main() {
  if (!options['skip-build'] || !fs.existsSync(path.join(root, distDir))) {
    console.log('Building the production server into .next-bench …');
    buildSite(root, env);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  const servers = [await startFakeResend(fakePort, { env }), await startNext(root, port, { env })];
  try {
    const hidden = await consultationFormShape(baseUrl);
    const runId = Date.now().toString(36);
    const emailOf = (i: number) => `bench-${runId}-${i}@example.com`;
    console.log(`Sending ${total} requests at once to ${baseUrl}/consultation …`);
    const result = await loadConsultations({
      baseUrl,
      hidden,
      count: total,
      connections: total,
      emailOf,
    });

    // Let the outbox drain, then count what was stored and what reached the fake Resend.
    const db = await openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'leads.db') });
    const expected = Array.from({ length: total }, (_, i) => emailOf(i));
    const proof = await proveRun(db, `bench-${runId}-`, expected, fakeUrl, 120_000);

    const round = (n: number) => Math.round(n * 10) / 10;
    console.log('');
    console.log(`requests            ${total} at once (no-JavaScript form posts)`);
    console.log(`HTTP statuses       ${JSON.stringify(result.statuses)}`);
    console.log(`sent to the confirmation ${result.redirectedToConfirmation}/${total}`);
    console.log(`latency p50         ${round(percentile(result.latencies, 50))} ms`);
    console.log(`latency p95         ${round(percentile(result.latencies, 95))} ms`);
    console.log(`latency max         ${round(result.latencies.at(-1)!)} ms`);
    console.log(`throughput          ${round(result.requestsPerSecond)} requests/s`);
    console.log(
      `stored exactly once ${proof.storedOnce}/${total} (rows for this run: ${proof.rows})`,
    );
    console.log(
      `e-mails delivered   ${proof.mailedTwice}/${total} requests with exactly 2; outbox not sent ${proof.unsent}`,
    );
    const ok =
      result.redirectedToConfirmation === total &&
      result.errors === 0 &&
      proof.storedOnce === total &&
      proof.rows === total &&
      proof.mailedTwice === total &&
      proof.keysOnce;
    console.log(
      ok
        ? '\nOK: all requests stored exactly once, none lost.'
        : '\nFAILED: see the figures above.',
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await closeDatabases();
    await Promise.all(servers.map(stopServer));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

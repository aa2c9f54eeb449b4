/**
 * npm run bench [-- --sizes=1,200,1000] [-- --duration=10]
 *
 * Writes BENCHMARKS.md:
 *  1. build time and peak memory (all build processes together) with 1, 200 and 1,000 posts,
 *     generated into temporary copies of the project (never into content/; node_modules is a symlink);
 *  2. requests per second and p50/p99 latency for the KAP post (gzip) from `next start` with 32
 *     connections (autocannon), beside a bare Next.js page (scripts/lib/bare-next-app.ts) served by
 *     `next start` in the same run and the same prerendered HTML from a minimal static server, as ratios;
 *  3. consultation requests per second and p95 latency at 20 concurrent clients (no-JavaScript form
 *     posts) against `next start` with the fake Resend, on SQLite and on PostgreSQL side by side, and
 *     the check that every request is stored exactly once and mailed exactly once (built into
 *     .next-bench, SQLite data in .bench/consultation, PostgreSQL in a throw-away cluster with its
 *     default durability on PG_TEST_PORT + 2).
 * `--only consultation` runs just part 3 and replaces only that section of BENCHMARKS.md
 * (`--skip-build` reuses .next-bench when it exists).
 * Ports: BENCH_PORT (default 3002) for `next start`, BENCH_PORT + 1 for the static server,
 * BENCH_PORT + 2 for the consultation server, BENCH_PORT + 3 for the bare Next.js page,
 * FAKE_RESEND_PORT (default 3299) for the fake Resend, PG_TEST_PORT + 2 (default E2E_PORT + 52302)
 * for the benchmark's PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { closeDatabases, openDatabase } from '@/lib/db';
import { bareNextApp, startNext as startBareNext } from './lib/bare-next-app';
import {
  buildSite,
  consultationFormShape,
  percentile,
  proveRun,
  postConsultation,
  runConcurrently,
  startFakeResend,
  startNext,
  waitFor as waitUntilUp,
  benchServerEnv,
} from './lib/consultation-load';
import { startPostgresCluster, testPostgresPort } from './lib/postgres-cluster';

const root = process.cwd();
const kapSlug = 'ketamine-assisted-psychotherapy-for-moms';
const option = (name: string, fallback: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sizes', '1,200,1000').split(',').map(Number);
const duration = Number(option('duration', '10'));
const nextPort = Number(process.env.BENCH_PORT ?? 3002);
const staticPort = nextPort + 1;
const barePort = nextPort + 3;
const connections = 32;
const only =
  option('only', '') ||
  (process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '') : '');
const consultationClients = 20;
const consultationRequests = Number(option('requests', '400'));

// ---------------------------------------------------------------------------------------------
// Temporary project copies with generated posts
// ---------------------------------------------------------------------------------------------

const skipped = new Set([
  'node_modules',
  '.git',
  '.next',
  '.next-e2e',
  '.e2e',
  '.audit',
  '.bench',
  '.contentlayer',
  'test-results',
  'playwright-report',
]);

function projectCopy(postCount: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kap-bench-${postCount}-`));
  for (const entry of fs.readdirSync(root)) {
    if (!skipped.has(entry))
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  // node_modules lies outside the copy: Turbopack must be allowed to read it.
  fs.renameSync(path.join(dir, 'next.config.ts'), path.join(dir, 'next.config.project.ts'));
  fs.writeFileSync(
    path.join(dir, 'next.config.ts'),
    "import config from './next.config.project';\nexport default { ...config, turbopack: { ...config.turbopack, root: '/' } };\n",
  );
  writeGeneratedPosts(path.join(dir, 'content/blog'), postCount - 1);
  return dir;
}

/** A small deterministic PRNG, so every run builds the same posts. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/** Posts as long and as structured as the KAP article, assembled from its paragraphs. */
function writeGeneratedPosts(blogDir: string, count: number) {
  const source = fs.readFileSync(path.join(blogDir, `${kapSlug}.mdx`), 'utf8').split(/^---$/m)[2]!;
  const paragraphs = source.split(/\n{2,}/).filter((block) => /^[A-Z]/.test(block.trim()));
  const tags = [
    'KAP',
    'EMDR',
    'IFS',
    'Motherhood',
    'Trauma',
    'Anxiety',
    'Depression',
    'Postpartum',
    'Self-care',
    'Telehealth',
  ];
  const random = prng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.UTC(2019, 0, 1);
  for (let i = 1; i <= count; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const postTags = [...new Set([pick(tags), pick(tags), pick(tags)])];
    const body = Array.from({ length: 4 }, (_, section) =>
      [
        `## Part ${section + 1} of post ${i}`,
        pick(paragraphs),
        pick(paragraphs),
        pick(paragraphs),
      ].join('\n\n'),
    ).join('\n\n');
    const frontMatter = [
      '---',
      `title: 'Generated post number ${i} about healing for moms'`,
      `date: ${day}`,
      `summary: 'A generated post used to measure how the build grows with the number of posts (number ${i}).'`,
      'tags:',
      ...postTags.map((tag) => `  - ${tag}`),
      '---',
    ].join('\n');
    fs.writeFileSync(path.join(blogDir, `generated-post-${i}.mdx`), `${frontMatter}\n\n${body}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring a command: wall time and the peak of the summed RSS of its whole process tree
// ---------------------------------------------------------------------------------------------

function treeRssBytes(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** The environment of a copy: production, with its own content/ and .next/. */
function copyEnv(dir: string): NodeJS.ProcessEnv {
  // contentlayer2 resolves its paths from PWD, not from the process's working directory.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PWD: dir,
  };
  delete env.CONTENT_DIR;
  delete env.NEXT_DIST_DIR;
  return env;
}

async function measure(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ seconds: number; peakBytes: number }> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: copyEnv(cwd),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peakBytes = 0;
  const sampler = setInterval(
    () => (peakBytes = Math.max(peakBytes, treeRssBytes(child.pid!))),
    100,
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0)
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed in ${cwd}:\n${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes };
}

interface BuildFigures {
  posts: number;
  pages: number;
  contentSeconds: number;
  nextSeconds: number;
  peakBytes: number;
}

async function benchBuild(postCount: number): Promise<{ figures: BuildFigures; dir: string }> {
  const dir = projectCopy(postCount);
  const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
  console.log(`Building with ${postCount} post(s) in ${dir}…`);
  let content, next;
  try {
    content = await measure(bin('contentlayer2'), ['build'], dir);
    next = await measure(bin('next'), ['build'], dir);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const pages = fs
    .readdirSync(path.join(dir, '.next/server/app'), { recursive: true })
    .filter((file) => String(file).endsWith('.html')).length;
  const figures = {
    posts: postCount,
    pages,
    contentSeconds: content.seconds,
    nextSeconds: next.seconds,
    peakBytes: Math.max(content.peakBytes, next.peakBytes),
  };
  console.log(figures);
  return { figures, dir };
}

// ---------------------------------------------------------------------------------------------
// Serving the KAP post
// ---------------------------------------------------------------------------------------------

async function waitFor(url: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null)
      throw new Error(`the server for ${url} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** The physical reference: the prerendered HTML, gzipped once, sent from memory by node:http. */
const staticServerSource = `
const http = require('node:http');
const zlib = require('node:zlib');
const html = require('node:fs').readFileSync(process.argv[1]);
const gzipped = zlib.gzipSync(html);
http.createServer((req, res) => {
  const gzip = /\\bgzip\\b/.test(req.headers['accept-encoding'] || '');
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=31536000', Vary: 'Accept-Encoding', ...(gzip && { 'Content-Encoding': 'gzip' }) });
  res.end(gzip ? gzipped : html);
}).listen(Number(process.argv[2]), '127.0.0.1');
`;

interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
}

async function load(url: string): Promise<LoadFigures> {
  const headers = { 'accept-encoding': 'gzip' };
  const probe = await fetch(url, { headers });
  if (probe.headers.get('content-encoding') !== 'gzip')
    throw new Error(`${url} is not served gzipped`);
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections, duration, headers });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
  };
}

interface ServingFigures {
  next: LoadFigures;
  bare: LoadFigures;
  staticServer: LoadFigures;
}

async function benchServing(builtDir: string): Promise<ServingFigures> {
  const postPath = `/blog/${kapSlug}`;
  const nextServer = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '--port', String(nextPort), '--hostname', '127.0.0.1'],
    {
      cwd: builtDir,
      env: copyEnv(builtDir),
      stdio: 'ignore',
    },
  );
  const htmlFile = path.join(builtDir, `.next/server/app/blog/${kapSlug}.html`);
  const staticServer = spawn(
    process.execPath,
    ['-e', staticServerSource, htmlFile, String(staticPort)],
    { stdio: 'ignore' },
  );
  let bareServer: ChildProcess | undefined;
  try {
    bareServer = await startBareNext(bareNextApp(), barePort);
    await waitFor(`http://127.0.0.1:${nextPort}${postPath}`, nextServer);
    await waitFor(`http://127.0.0.1:${staticPort}/`, staticServer);
    console.log(`Load: next start, ${connections} connections, ${duration} s…`);
    const next = await load(`http://127.0.0.1:${nextPort}${postPath}`);
    console.log(`Load: bare Next.js page, ${connections} connections, ${duration} s…`);
    const bare = await load(`http://127.0.0.1:${barePort}/`);
    console.log(`Load: static server, ${connections} connections, ${duration} s…`);
    const staticFigures = await load(`http://127.0.0.1:${staticPort}${postPath}`);
    return { next, bare, staticServer: staticFigures };
  } finally {
    nextServer.kill();
    staticServer.kill();
    bareServer?.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

function growth(builds: BuildFigures[]): string[] {
  const lines: string[] = [];
  for (let i = 1; i < builds.length; i++) {
    const [a, b] = [builds[i - 1]!, builds[i]!];
    const added = b.posts - a.posts;
    const time = b.contentSeconds + b.nextSeconds - (a.contentSeconds + a.nextSeconds);
    lines.push(
      `- From ${a.posts} to ${b.posts} posts: +${s(time)} (${((time * 1000) / added).toFixed(0)} ms per added post), ` +
        `peak memory ${mb(a.peakBytes)} → ${mb(b.peakBytes)} (${((b.peakBytes - a.peakBytes) / 1024 / added).toFixed(0)} KB per added post).`,
    );
  }
  return lines;
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- Memory: ${mb(os.totalmem())}`,
    `- OS: ${os.type()} ${os.release()}; Node.js ${process.version}; Next.js ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8')).version}`,
    `- Load average when the run started: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ')} (other builds on the machine slow every figure down)`,
  ];
}

function report(
  builds: BuildFigures[],
  serving: ServingFigures | null,
  machineLines: string[],
  consultation: ConsultationFigures[] | null,
): string {
  const servingLines = serving
    ? [
        '| server | requests/s | p50 | p99 | non-2xx | errors | bytes per response |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...(
          [
            ['`next start`', serving.next],
            ['`next start`, bare Next.js page (one paragraph)', serving.bare],
            ['static server (node:http, pre-gzipped, from memory)', serving.staticServer],
          ] as const
        ).map(
          ([name, f]) =>
            `| ${name} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50Ms} ms | ${f.p99Ms} ms | ${f.non2xx} | ${f.errors} | ${f.bytesPerResponse.toFixed(0)} |`,
        ),
        '',
        `\`next start\` serves the KAP post at **${(serving.next.requestsPerSecond / serving.bare.requestsPerSecond).toFixed(2)}×** the bare Next.js page's requests per second.`,
        '',
        `\`next start\` serves **${((serving.next.requestsPerSecond / serving.staticServer.requestsPerSecond) * 100).toFixed(0)}%** of the static server's requests per second ` +
          `(ratio ${(serving.next.requestsPerSecond / serving.staticServer.requestsPerSecond).toFixed(2)}); a CDN in front (see the README) serves the pages like the static server or better.`,
      ]
    : ['Not measured in this run.'];
  return [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (scripts/bench.ts). Figures depend on the machine and on what else it runs.',
    '',
    '## Machine',
    '',
    ...machineLines,
    '',
    '## Build time and memory by number of posts',
    '',
    'Each build runs in a temporary copy of the project with generated posts as long as the KAP article',
    '(four sections, twelve paragraphs, one to three of ten tags). Peak memory is the largest sum of the',
    'resident memory of every process of the build, sampled every 100 ms.',
    '',
    '| posts | prerendered pages | contentlayer2 build | next build | total | peak memory |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...builds.map(
      (b) =>
        `| ${b.posts} | ${b.pages} | ${s(b.contentSeconds)} | ${s(b.nextSeconds)} | ${s(b.contentSeconds + b.nextSeconds)} | ${mb(b.peakBytes)} |`,
    ),
    '',
    ...growth(builds),
    '',
    '## Serving the KAP post',
    '',
    `\`/blog/${kapSlug}\` with \`Accept-Encoding: gzip\`, ${connections} connections, ${duration} s after a 2 s warm-up (autocannon), from the`,
    'build with one post; the load generator runs on the same machine.',
    '',
    ...servingLines,
    '',
    ...consultationSection(consultation),
  ].join('\n');
}

type BenchEngine = 'SQLite' | 'PostgreSQL';

interface ConsultationFigures {
  engine: BenchEngine;
  requests: number;
  clients: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  statuses: Record<number, number>;
  confirmed: number;
  storedOnce: number;
  rows: number;
  mailedTwice: number;
  keysOnce: boolean;
  date: string;
  loadAverage: string;
}

const consultationHeading = '## Consultation requests';

function consultationSection(all: ConsultationFigures[] | null): string[] {
  if (!all?.length) return [consultationHeading, '', 'Not measured in this run.', ''];
  const round = (n: number) => Math.round(n * 10) / 10;
  const passed = (f: ConsultationFigures) =>
    f.confirmed === f.requests &&
    f.storedOnce === f.requests &&
    f.rows === f.requests &&
    f.mailedTwice === f.requests &&
    f.keysOnce;
  const first = all[0]!;
  return [
    consultationHeading,
    '',
    `${first.requests} valid consultation requests from ${first.clients} concurrent clients (each keeps one request in flight), posted as a`,
    'browser without JavaScript posts the form (multipart, to the server action), each from its own address, against',
    '`next start` (one build, .next-bench) with the fake Resend (tests/support/fake-resend.ts): once on a fresh SQLite file',
    '(WAL, `synchronous=NORMAL`), once on a fresh PostgreSQL database (a local server with its default durability:',
    '`fsync` and `synchronous_commit` on). The database, the server, the load generator and the fake Resend share the machine.',
    `\`npm run bench -- --only consultation\` repeats just this part.`,
    ...(all.some((f) => Number(f.loadAverage.split(',')[0]) > os.cpus().length)
      ? [
          '',
          `The machine was busy while this ran (load average above its ${os.cpus().length} cores: other builds and tests ran`,
          'alongside), so the figures are lower and noisier than on a quiet machine; compare the two rows with each other.',
        ]
      : []),
    '',
    '| database | requests/s | p50 | p95 | max | HTTP statuses | measured (load average 1, 5, 15 min) |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...all.map(
      (f) =>
        `| ${f.engine} | ${round(f.requestsPerSecond)} | ${Math.round(f.p50Ms)} ms | ${Math.round(f.p95Ms)} ms | ${Math.round(f.maxMs)} ms | ${Object.entries(
          f.statuses,
        )
          .map(([status, n]) => `${status}: ${n}`)
          .join(', ')} | ${f.date} (${f.loadAverage}) |`,
    ),
    '',
    'Proof, read from each database and the fake Resend after the outbox drained:',
    '',
    ...all.flatMap((f) => [
      `- ${f.engine}: confirmation page shown ${f.confirmed}/${f.requests}; stored exactly once ${f.storedOnce}/${f.requests} (${f.rows} rows for the run's addresses); exactly two e-mails (confirmation and practice notification) per request ${f.mailedTwice}/${f.requests}; every idempotency key used once: ${f.keysOnce ? 'yes' : 'no'}`,
    ]),
    '',
    all.every(passed)
      ? '**On both databases every request was stored exactly once and mailed exactly once.**'
      : '**FAILED: see the figures above.**',
    '',
  ];
}

/**
 * Consultation requests on one database: starts the fake Resend and `next start` (the build in
 * .next-bench) with a fresh database, sends the no-JavaScript form post from 20 concurrent clients,
 * then checks the database and the fake Resend.
 */
async function benchConsultation(engine: BenchEngine): Promise<ConsultationFigures> {
  const port = nextPort + 2;
  const fakePort = Number(process.env.FAKE_RESEND_PORT ?? 3299);
  const baseUrl = `http://127.0.0.1:${port}`;
  const fakeUrl = `http://127.0.0.1:${fakePort}`;
  const dataDir = path.join(root, '.bench/consultation');
  const env = benchServerEnv({ port, fakePort, dataDir, distDir: consultationDistDir });
  fs.rmSync(dataDir, { recursive: true, force: true });
  const cluster =
    engine === 'PostgreSQL'
      ? await startPostgresCluster({ port: testPostgresPort(2), durable: true })
      : null;
  if (cluster) env.DATABASE_URL = await cluster.createDatabase('bench');
  const children = [startFakeResend(root, env), startNext(root, port, env)];
  try {
    await waitUntilUp(`${fakeUrl}/__test/health`);
    await waitUntilUp(`${baseUrl}/robots.txt`);
    const hidden = await consultationFormShape(baseUrl);
    const runId = Date.now().toString(36);
    const emailOf = (i: number) => `bench-${runId}-${i}@example.com`;
    // Warm-up: the first requests compile nothing in production, but they fill caches and open the database.
    await runConcurrently(20, consultationClients, (i) =>
      postConsultation(baseUrl, hidden, 100_000 + i, `warmup-${runId}-${i}@example.com`),
    );
    console.log(
      `Consultation on ${engine}: ${consultationRequests} requests from ${consultationClients} concurrent clients …`,
    );
    const loadAverage = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(', ');
    const wallStart = performance.now();
    const results = await runConcurrently(consultationRequests, consultationClients, (i) =>
      postConsultation(baseUrl, hidden, i, emailOf(i)),
    );
    const wallMs = performance.now() - wallStart;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const statuses: Record<number, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;

    const db = await openDatabase(
      cluster
        ? { engine: 'postgres', url: env.DATABASE_URL! }
        : { engine: 'sqlite', file: path.join(dataDir, 'leads.db') },
    );
    const expected = Array.from({ length: consultationRequests }, (_, i) => emailOf(i));
    const proof = await proveRun(db, `bench-${runId}-`, expected, fakeUrl);
    const figures: ConsultationFigures = {
      engine,
      requests: consultationRequests,
      clients: consultationClients,
      requestsPerSecond: (consultationRequests / wallMs) * 1000,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: latencies.at(-1)!,
      statuses,
      confirmed: results.filter((r) => r.ok).length,
      storedOnce: proof.storedOnce,
      rows: proof.rows,
      mailedTwice: proof.mailedTwice,
      keysOnce: proof.keysOnce,
      date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      loadAverage,
    };
    console.log(figures);
    return figures;
  } finally {
    await closeDatabases();
    for (const child of children) child.kill();
    await Promise.all(
      children.map((child) =>
        child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null,
      ),
    );
    await cluster?.stop();
  }
}

const consultationDistDir = '.next-bench';

/** Both databases, one after the other, from one build (made unless --skip-build finds one). */
async function benchConsultationOnBothEngines(): Promise<ConsultationFigures[]> {
  if (
    !process.argv.includes('--skip-build') ||
    !fs.existsSync(path.join(root, consultationDistDir))
  ) {
    console.log('Consultation: building into .next-bench …');
    buildSite(
      root,
      benchServerEnv({
        port: nextPort + 2,
        fakePort: Number(process.env.FAKE_RESEND_PORT ?? 3299),
        dataDir: path.join(root, '.bench/consultation'),
        distDir: consultationDistDir,
      }),
    );
  }
  return [await benchConsultation('SQLite'), await benchConsultation('PostgreSQL')];
}

/** --only consultation: replaces just the consultation section of the existing BENCHMARKS.md. */
async function onlyConsultation() {
  const file = path.join(root, 'BENCHMARKS.md');
  const figures = await benchConsultationOnBothEngines();
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = current.indexOf(consultationHeading);
  const before = start === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, start);
  const afterStart =
    start === -1 ? -1 : current.indexOf('\n## ', start + consultationHeading.length);
  const after = afterStart === -1 ? '' : current.slice(afterStart + 1);
  fs.writeFileSync(
    file,
    `${before}${consultationSection(figures).join('\n')}${after ? `\n${after}` : ''}`,
  );
  console.log(consultationSection(figures).join('\n'));
}

async function main() {
  if (only === 'consultation') return onlyConsultation();
  if (only) throw new Error(`--only takes "consultation", not "${only}"`);
  const machineLines = machine();
  const builds: BuildFigures[] = [];
  let serving: Awaited<ReturnType<typeof benchServing>> | null = null;
  let consultation: ConsultationFigures[] | null = null;
  // Written after every step, so a long run that is stopped still leaves its figures.
  const write = () =>
    fs.writeFileSync(
      path.join(root, 'BENCHMARKS.md'),
      report(builds, serving, machineLines, consultation),
    );
  for (const [index, size] of sizes.entries()) {
    const { figures, dir } = await benchBuild(size);
    try {
      builds.push(figures);
      write();
      // The smallest build also serves the KAP post for the load test.
      if (index === 0) {
        serving = await benchServing(dir);
        write();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  consultation = await benchConsultationOnBothEngines();
  write();
  console.log(`\n${fs.readFileSync(path.join(root, 'BENCHMARKS.md'), 'utf8')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

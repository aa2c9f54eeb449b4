/**
 * npm run bench [-- --sizes=1,200,1000 --duration=10 --requests=400 --only=build|serving|consultation]
 *
 * Writes BENCHMARKS.md: every figure beside its reference from the same run, and the three targets
 * of issue 12, each with its verdict.
 *  1. Build: `contentlayer2 build` and `next build` with 1, 200 and 1,000 posts, in temporary
 *     copies of the project (posts as long as the KAP article; never written into content/); wall
 *     time, CPU time, where `next build` spent it, pages, peak memory. Target: the 1,000-post build
 *     takes at most twice the one-post build.
 *  2. Serving: the KAP post from `next start` (the one-post build, which is the site itself), a bare
 *     Next.js page from `next start` (scripts/lib/bare-next-app.ts), the same bare app whose page is
 *     the post's visible HTML (what Next.js itself costs for a page of that text), and the post's
 *     prerendered HTML from a static server, with autocannon. Target: the post at ≥ 0.6× the bare
 *     page's requests/s.
 *  3. Consultation requests: 400 no-JavaScript form posts from 20 concurrent clients (autocannon),
 *     against the same build with the fake Resend, on a fresh SQLite file and on a fresh PostgreSQL
 *     database (a throw-away cluster with fsync on); the server's CPU time per request; then proof
 *     from the database and the fake Resend that every request was stored once and mailed once.
 *     Target: p95 ≤ 200 ms on both.
 * --only=<part> (repeatable) runs those parts and replaces only their sections of BENCHMARKS.md.
 * Ports: BENCH_PORT (3002) for the site, + 1 static server, + 2 consultation server, + 3 bare
 * Next.js page, + 4 bare Next.js page with the post's HTML; FAKE_RESEND_PORT (3299); the PostgreSQL
 * cluster on PG_TEST_PORT + 2.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { closeDatabases, openDatabase } from '@/lib/db';
import { bareNextApp, visibleHtml } from './lib/bare-next-app';
import {
  benchServerEnv,
  consultationFormShape,
  loadConsultations,
  percentile,
  proveRun,
  receivedPath,
} from './lib/consultation-load';
import { startPostgresCluster, testPostgresPort } from './lib/postgres-cluster';
import { bin, startFakeResend, startNext, startServer, stopServer } from './lib/server';

const parts = ['build', 'serving', 'consultation'] as const;
type Part = (typeof parts)[number];

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,200,1000' },
    duration: { type: 'string', default: '10' },
    requests: { type: 'string', default: '400' },
    only: { type: 'string', multiple: true },
  },
});
const only = (options.only ?? [...parts]) as Part[];
for (const part of only) {
  if (!parts.includes(part)) throw new Error(`--only takes ${parts.join(', ')}; not "${part}"`);
}
const sizes = options.sizes.split(',').map(Number);
const duration = Number(options.duration);
const consultationRequests = Number(options.requests);
const consultationClients = 20;
const connections = 32;

const root = process.cwd();
const reportFile = path.join(root, 'BENCHMARKS.md');
const kapSlug = 'ketamine-assisted-psychotherapy-for-moms';
const kapPath = `/blog/${kapSlug}`;
const sitePort = Number(process.env.BENCH_PORT ?? 3002);
const ports = {
  site: sitePort,
  staticServer: sitePort + 1,
  consultation: sitePort + 2,
  bare: sitePort + 3,
  bareWithPost: sitePort + 4,
  fakeResend: Number(process.env.FAKE_RESEND_PORT ?? 3299),
};

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const utcMinute = () => new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (n: number) => `${Math.round(n)} ms`;

// ---------------------------------------------------------------------------------------------
// A process tree's resident memory and CPU time, read from /proc (Linux)
// ---------------------------------------------------------------------------------------------

function processTree(rootPid: number): { rssBytes: number; cpuSeconds: number } {
  const parents = new Map<number, number>();
  const own = new Map<number, { rss: number; cpu: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      own.set(Number(entry), {
        rss: Number(fields[21]) * 4096,
        cpu: (Number(fields[11]) + Number(fields[12])) / 100,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  let rssBytes = 0;
  let cpuSeconds = 0;
  for (const [pid, usage] of own) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === rootPid) {
        rssBytes += usage.rss;
        cpuSeconds += usage.cpu;
        break;
      }
    }
  }
  return { rssBytes, cpuSeconds };
}

/** CPU time of this process's children that have ended (and of theirs), in seconds. */
function endedChildrenCpuSeconds(): number {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

// ---------------------------------------------------------------------------------------------
// 1. Builds of temporary project copies with generated posts
// ---------------------------------------------------------------------------------------------

const notCopied = new Set([
  'node_modules',
  '.git',
  '.next',
  '.next-e2e',
  '.next-bench',
  '.e2e',
  '.audit',
  '.bench',
  '.contentlayer',
  'test-results',
  'playwright-report',
]);

/** A copy of the project with `postCount` posts: the real ones and generated ones. */
function projectCopy(postCount: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kap-bench-${postCount}-`));
  for (const entry of fs.readdirSync(root)) {
    if (!notCopied.has(entry))
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  // node_modules lies outside the copy: Turbopack must be allowed to read it.
  fs.renameSync(path.join(dir, 'next.config.ts'), path.join(dir, 'next.config.project.ts'));
  fs.writeFileSync(
    path.join(dir, 'next.config.ts'),
    "import config from './next.config.project';\n\nexport default (phase: string) => {\n  const project = config(phase);\n  return { ...project, turbopack: { ...project.turbopack, root: '/' } };\n};\n",
  );
  const blogDir = path.join(dir, 'content/blog');
  writeGeneratedPosts(blogDir, postCount - postsIn(blogDir));
  return dir;
}

const postsIn = (blogDir: string) =>
  fs.readdirSync(blogDir).filter((file) => file.endsWith('.mdx')).length;

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

/** The environment of a copy: production, its own content/ and .next/. */
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

interface Measured {
  wallSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
  output: string;
}

/** Runs a command in `cwd`: wall time, CPU time and the peak summed memory of its process tree. */
async function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  const cpuBefore = endedChildrenCpuSeconds();
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: copyEnv(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakBytes = 0;
  const sampler = setInterval(
    () => (peakBytes = Math.max(peakBytes, processTree(child.pid!).rssBytes)),
    100,
  );
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  if (code !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`,
    );
  }
  return {
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: endedChildrenCpuSeconds() - cpuBefore,
    peakBytes,
    output,
  };
}

interface BuildFigures {
  posts: number;
  pages: number;
  content: Measured;
  next: Measured;
  /** What `next build` says it spent on each step, in seconds. */
  steps: { compile?: number; typescript?: number; staticPages?: number };
  loadAverage: string;
}

const stepSeconds = (output: string, pattern: RegExp) => {
  const match = output.match(pattern);
  if (!match) return undefined;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
};

async function benchBuild(postCount: number): Promise<{ figures: BuildFigures; dir: string }> {
  const dir = projectCopy(postCount);
  console.log(`Build with ${postCount} post(s) in ${dir} …`);
  const load = loadAverage();
  try {
    const content = await measure(bin('contentlayer2'), ['build'], dir);
    const next = await measure(bin('next'), ['build'], dir);
    const pages = fs
      .readdirSync(path.join(dir, '.next/server/app'), { recursive: true })
      .filter((file) => String(file).endsWith('.html')).length;
    const figures: BuildFigures = {
      posts: postsIn(path.join(dir, 'content/blog')),
      pages,
      content,
      next,
      steps: {
        compile: stepSeconds(next.output, /Compiled successfully in ([\d.]+)(m?s)/),
        typescript: stepSeconds(next.output, /Finished TypeScript in ([\d.]+)(m?s)/),
        staticPages: stepSeconds(next.output, /Generating static pages.*\) in ([\d.]+)(m?s)/),
      },
      loadAverage: load,
    };
    console.log(`  ${s(content.wallSeconds + next.wallSeconds)} (${pages} pages)`);
    return { figures, dir };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const total = (b: BuildFigures) => b.content.wallSeconds + b.next.wallSeconds;
const totalCpu = (b: BuildFigures) => b.content.cpuSeconds + b.next.cpuSeconds;
const optional = (seconds: number | undefined) => (seconds === undefined ? '—' : s(seconds));

function buildSection(builds: BuildFigures[]): string[] {
  const one = builds[0];
  const most = builds.at(-1);
  const ratio = one && most && most !== one ? total(most) / total(one) : undefined;
  return [
    '## Build time by number of posts',
    '',
    'Each build runs in a temporary copy of the project with generated posts as long as the KAP article',
    '(four sections, twelve paragraphs, one to three of ten tags), from a clean state (no `.next`, no',
    '`.contentlayer`). CPU is the time the build used on all cores; the steps are what `next build` prints.',
    'Peak memory is the largest sum of the resident memory of every process of the build, sampled every 100 ms.',
    '',
    '| posts | pages | contentlayer2 build | next build | total | × one post | total CPU | compile | TypeScript | static pages | peak memory | load average |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...builds.map(
      (b) =>
        `| ${b.posts} | ${b.pages} | ${s(b.content.wallSeconds)} | ${s(b.next.wallSeconds)} | **${s(total(b))}** | ${one ? (total(b) / total(one)).toFixed(2) : '—'} | ${s(totalCpu(b))} | ${optional(b.steps.compile)} | ${optional(b.steps.typescript)} | ${optional(b.steps.staticPages)} | ${mb(Math.max(b.content.peakBytes, b.next.peakBytes))} | ${b.loadAverage} |`,
    ),
    '',
    ...builds.slice(1).map((b, i) => {
      const a = builds[i]!;
      const added = b.posts - a.posts;
      return `- From ${a.posts} to ${b.posts} posts: +${s(total(b) - total(a))} (${(((total(b) - total(a)) * 1000) / added).toFixed(0)} ms and ${(((totalCpu(b) - totalCpu(a)) * 1000) / added).toFixed(0)} ms of CPU per added post).`;
    }),
    '',
    ratio === undefined
      ? 'Target (issue 12): the 1,000-post build takes at most 2× the one-post build — not measured in this run.'
      : `**Target (issue 12): the ${most!.posts}-post build takes at most 2× the ${one!.posts}-post build — ${ratio.toFixed(2)}×: ${ratio <= 2 ? 'met' : 'NOT met'}.**`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// 2. Serving: the KAP post, a bare Next.js page and a static server
// ---------------------------------------------------------------------------------------------

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

interface ServingFigures {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
  /** The response without compression, in bytes. */
  uncompressedBytes: number;
}

/** The length of the page's response once decompressed (fetch undoes the gzip). */
async function uncompressedBytes(url: string): Promise<number> {
  return (await (await fetch(url)).arrayBuffer()).byteLength;
}

/** autocannon against `url` with gzip: a 2 s warm-up, then `duration` seconds. */
async function serve(name: string, url: string): Promise<ServingFigures> {
  const headers = { 'accept-encoding': 'gzip' };
  await autocannon({ url, connections, duration: 2, headers });
  console.log(`Serving: ${name}, ${connections} connections, ${duration} s …`);
  const result = await autocannon({ url, connections, duration, headers });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerResponse: result.throughput.total / Math.max(1, result.requests.total),
    uncompressedBytes: await uncompressedBytes(url),
  };
}

interface Serving {
  rows: ServingFigures[];
  loadAverage: string;
}

async function benchServing(siteDir: string): Promise<Serving> {
  const loadAtStart = loadAverage();
  const htmlFile = path.join(siteDir, `.next/server/app${kapPath}.html`);
  const servers = await Promise.all([
    startNext(siteDir, ports.site, { env: copyEnv(siteDir), readyPath: kapPath }),
    startNext(bareNextApp(), ports.bare),
    startNext(bareNextApp(visibleHtml(fs.readFileSync(htmlFile, 'utf8'))), ports.bareWithPost),
    startServer(
      process.execPath,
      ['-e', staticServerSource, htmlFile, String(ports.staticServer)],
      `http://127.0.0.1:${ports.staticServer}/`,
    ),
  ]);
  try {
    return {
      rows: [
        await serve('KAP post, `next start`', `http://127.0.0.1:${ports.site}${kapPath}`),
        await serve(
          'bare Next.js page, `next start` (reference)',
          `http://127.0.0.1:${ports.bare}/`,
        ),
        await serve(
          'bare Next.js page with the post’s HTML, `next start` (reference)',
          `http://127.0.0.1:${ports.bareWithPost}/`,
        ),
        await serve(
          'KAP post, static server (node:http, pre-gzipped, from memory)',
          `http://127.0.0.1:${ports.staticServer}/`,
        ),
      ],
      loadAverage: loadAtStart,
    };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

function servingSection(serving: Serving): string[] {
  const [post, bare, bareWithPost, staticServer] = serving.rows as [
    ServingFigures,
    ServingFigures,
    ServingFigures,
    ServingFigures,
  ];
  const ratio = post.requestsPerSecond / bare.requestsPerSecond;
  return [
    '## Serving the KAP post beside a bare Next.js page',
    '',
    `\`${kapPath}\` from \`next start\` (the one-post build: the site as it is), a bare Next.js 16 app with one`,
    'static page (scripts/lib/bare-next-app.ts, the same node_modules) from `next start`, the same bare app whose',
    'page is the post’s visible HTML inserted as it is (no stylesheet, components, headers or proxy: what Next.js',
    'itself costs for a page of this text), and the post’s prerendered HTML from a minimal static server; each with',
    `\`Accept-Encoding: gzip\`, ${connections} connections, ${duration} s after a 2 s warm-up (autocannon on the same`,
    `machine). Load average when it started: ${serving.loadAverage}.`,
    '',
    '| server | requests/s | p50 | p99 | non-2xx | errors | bytes per response (gzip) | page (uncompressed) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...serving.rows.map(
      (f) =>
        `| ${f.name} | ${f.requestsPerSecond.toFixed(0)} | ${f.p50Ms} ms | ${f.p99Ms} ms | ${f.non2xx} | ${f.errors} | ${f.bytesPerResponse.toFixed(0)} | ${f.uncompressedBytes} |`,
    ),
    '',
    `The post is served at ${(post.requestsPerSecond / staticServer.requestsPerSecond).toFixed(2)}× the static server’s requests per second (a CDN in front serves it like the static server or better).`,
    `Next.js itself, given the post’s text and nothing else, serves it at ${(bareWithPost.requestsPerSecond / bare.requestsPerSecond).toFixed(2)}× the bare page’s requests per second: \`next start\` gzips every response anew, so its cost grows with the page (the post as served is ${(post.uncompressedBytes / 1024).toFixed(0)} kB: its HTML and the RSC payload that carries the same words again). The post is served at ${(post.requestsPerSecond / bareWithPost.requestsPerSecond).toFixed(2)}× that page.`,
    '',
    `**Target (issue 12): the KAP post at ≥ 0.6× the bare page’s requests/s — ${ratio.toFixed(2)}×: ${ratio >= 0.6 ? 'met' : 'NOT met'}.**`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// 3. Consultation requests on SQLite and PostgreSQL
// ---------------------------------------------------------------------------------------------

type BenchEngine = 'SQLite' | 'PostgreSQL';

interface ConsultationFigures {
  engine: BenchEngine;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  statuses: Record<number, number>;
  errors: number;
  redirected: number;
  confirmationPage: boolean;
  /** Server CPU per request during the burst, and until every e-mail was sent. */
  burstCpuMs: number;
  totalCpuMs: number;
  storedOnce: number;
  rows: number;
  mailedTwice: number;
  keysOnce: boolean;
  unsent: number;
  date: string;
  loadAverage: string;
}

/**
 * 400 requests on one database: the fake Resend and `next start` (the site's build) with a fresh
 * database, 20 warm-up requests, the load, then the proof.
 */
async function benchConsultation(
  siteDir: string,
  engine: BenchEngine,
): Promise<ConsultationFigures> {
  const baseUrl = `http://127.0.0.1:${ports.consultation}`;
  const fakeUrl = `http://127.0.0.1:${ports.fakeResend}`;
  const dataDir = path.join(siteDir, `.bench-data-${engine.toLowerCase()}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...copyEnv(siteDir),
    ...benchServerEnv({
      port: ports.consultation,
      fakePort: ports.fakeResend,
      dataDir,
      distDir: '.next',
    }),
  };
  const cluster =
    engine === 'PostgreSQL'
      ? await startPostgresCluster({ port: testPostgresPort(2), durable: true })
      : null;
  const servers = [];
  try {
    if (cluster) env.DATABASE_URL = await cluster.createDatabase('bench');
    servers.push(await startFakeResend(ports.fakeResend, { env }));
    const server = await startNext(siteDir, ports.consultation, { env });
    servers.push(server);
    const hidden = await consultationFormShape(baseUrl);
    const runId = Date.now().toString(36);
    const emailOf = (i: number) => `bench-${runId}-${i}@example.com`;
    // Warm-up: production compiles nothing, but the first requests fill caches and open the database.
    await loadConsultations({
      baseUrl,
      hidden,
      count: consultationClients,
      connections: consultationClients,
      emailOf: (i) => `warmup-${runId}-${i}@example.com`,
      firstNumber: 100_000,
    });
    console.log(
      `Consultation on ${engine}: ${consultationRequests} requests from ${consultationClients} concurrent clients …`,
    );
    const load = loadAverage();
    const cpuAtStart = processTree(server.pid!).cpuSeconds;
    const result = await loadConsultations({
      baseUrl,
      hidden,
      count: consultationRequests,
      connections: consultationClients,
      emailOf,
    });
    const cpuAfterBurst = processTree(server.pid!).cpuSeconds;
    const db = await openDatabase(
      cluster
        ? { engine: 'postgres', url: env.DATABASE_URL! }
        : { engine: 'sqlite', file: path.join(dataDir, 'leads.db') },
    );
    const expected = Array.from({ length: consultationRequests }, (_, i) => emailOf(i));
    const proof = await proveRun(db, `bench-${runId}-`, expected, fakeUrl);
    const cpuAfterMail = processTree(server.pid!).cpuSeconds;
    const confirmation = await (await fetch(`${baseUrl}${receivedPath}`)).text();
    const figures: ConsultationFigures = {
      engine,
      requestsPerSecond: result.requestsPerSecond,
      p50Ms: percentile(result.latencies, 50),
      p95Ms: percentile(result.latencies, 95),
      maxMs: result.latencies.at(-1)!,
      statuses: result.statuses,
      errors: result.errors,
      redirected: result.redirectedToConfirmation,
      confirmationPage: confirmation.includes('Your request was received'),
      burstCpuMs: ((cpuAfterBurst - cpuAtStart) * 1000) / consultationRequests,
      totalCpuMs: ((cpuAfterMail - cpuAtStart) * 1000) / consultationRequests,
      ...proof,
      date: utcMinute(),
      loadAverage: load,
    };
    console.log(figures);
    return figures;
  } finally {
    await closeDatabases();
    await Promise.all(servers.map(stopServer));
    await cluster?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const passed = (f: ConsultationFigures) =>
  f.redirected === consultationRequests &&
  f.confirmationPage &&
  f.storedOnce === consultationRequests &&
  f.rows === consultationRequests &&
  f.mailedTwice === consultationRequests &&
  f.keysOnce &&
  f.errors === 0;

function consultationSection(all: ConsultationFigures[]): string[] {
  const round = (n: number) => Math.round(n * 10) / 10;
  const fast = all.every((f) => f.p95Ms <= 200);
  return [
    '## Consultation requests',
    '',
    `${consultationRequests} valid consultation requests from ${consultationClients} concurrent clients (autocannon; each client keeps one`,
    'request in flight), posted as a browser without JavaScript posts the form (multipart, to the server action, with',
    'the page’s Origin), each from its own e-mail and client address, against `next start` (the site’s build) with the',
    'fake Resend (tests/support/fake-resend.ts): once on a fresh SQLite file (WAL, `synchronous=NORMAL`), once on a fresh',
    'PostgreSQL database (a local server with `fsync` and `synchronous_commit` on). A request is answered once it is',
    `stored: \`303\` to the prerendered \`${receivedPath}\`; its e-mails are rendered and sent afterwards, by the server’s`,
    'one sender, in the gaps between requests. The database, the server, the load generator and the fake Resend share',
    'the machine. Server CPU is the `next start` process’s CPU time per request, during the burst and until every',
    'e-mail was sent (its share of the machine is what the load average leaves it).',
    '',
    '| database | requests/s | p50 | p95 | max | HTTP statuses | server CPU per request (burst / with its mail) | measured (load average 1, 5, 15 min) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | --- |',
    ...all.map(
      (f) =>
        `| ${f.engine} | ${round(f.requestsPerSecond)} | ${ms(f.p50Ms)} | **${ms(f.p95Ms)}** | ${ms(f.maxMs)} | ${Object.entries(
          f.statuses,
        )
          .map(([status, n]) => `${status}: ${n}`)
          .join(
            ', ',
          )}${f.errors ? `, errors: ${f.errors}` : ''} | ${round(f.burstCpuMs)} ms / ${round(f.totalCpuMs)} ms | ${f.date} (${f.loadAverage}) |`,
    ),
    '',
    'Proof, read from each database and the fake Resend after the outbox drained:',
    '',
    ...all.map(
      (f) =>
        `- ${f.engine}: answered with the way to the confirmation ${f.redirected}/${consultationRequests} (the page says so: ${f.confirmationPage ? 'yes' : 'no'}); stored exactly once ${f.storedOnce}/${consultationRequests} (${f.rows} rows for the run’s addresses); exactly two e-mails (confirmation and practice notification) per request ${f.mailedTwice}/${consultationRequests}; every idempotency key used once: ${f.keysOnce ? 'yes' : 'no'}; unsent at the end: ${f.unsent}`,
    ),
    '',
    `**Target (issue 12): p95 ≤ 200 ms at ${consultationClients} concurrent clients, every request stored and mailed exactly once, on SQLite and PostgreSQL — ${all
      .map((f) => `${f.engine} ${ms(f.p95Ms)}${passed(f) ? '' : ' (proof FAILED)'}`)
      .join(', ')}: ${fast && all.every(passed) ? 'met' : 'NOT met'}.**`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

function machineSection(): string[] {
  const cpus = os.cpus();
  const next = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8'),
  ).version;
  return [
    '## Machine',
    '',
    `- Date: ${new Date().toISOString()}; parts measured: ${only.join(', ')}`,
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}; memory: ${mb(os.totalmem())}`,
    `- OS: ${os.type()} ${os.release()}; Node.js ${process.version}; Next.js ${next}`,
    `- Load average when the run started: ${loadAverage()} (1, 5, 15 min). Above ${cpus.length}, other work shared the cores and every figure is lower and noisier than on a quiet machine; each section notes the load when it was measured.`,
    '',
  ];
}

/** The file with the given sections (by their `## ` heading) replaced or added, and its summary redone. */
function withSections(current: string, sections: string[][]): string {
  let text = current.trim() ? current : '# Benchmarks\n';
  for (const section of sections) {
    const heading = section[0]!;
    const body = section.join('\n');
    const start = text.indexOf(`${heading}\n`);
    if (start === -1) {
      text = `${text.trimEnd()}\n\n${body}`;
    } else {
      const end = text.indexOf('\n## ', start + heading.length);
      text = `${text.slice(0, start)}${body}${end === -1 ? '' : `\n${text.slice(end + 1)}`}`;
    }
  }
  const verdicts = [...text.matchAll(/^\*\*Target \(issue 12\): (.*)\*\*$/gm)].map(
    (m) => `- ${m[1]}`,
  );
  const summary = [
    '## Summary',
    '',
    'Produced by `npm run bench` (scripts/bench.ts); each figure is measured beside its reference in the same run,',
    'so the ratios hold on another machine while the absolute figures do not. The targets of issue 12:',
    '',
    ...verdicts,
    '',
  ];
  const start = text.indexOf('## Summary\n');
  if (start === -1) {
    const firstSection = text.indexOf('\n## ');
    return firstSection === -1
      ? `${text.trimEnd()}\n\n${summary.join('\n')}`
      : `${text.slice(0, firstSection + 1)}${summary.join('\n')}\n${text.slice(firstSection + 1)}`;
  }
  const end = text.indexOf('\n## ', start + 1);
  return `${text.slice(0, start)}${summary.join('\n')}${end === -1 ? '' : `\n${text.slice(end + 1)}`}`;
}

function write(sections: string[][]) {
  const current = fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : '';
  const text = withSections(current, [machineSection(), ...sections]).trimEnd() + '\n';
  fs.writeFileSync(reportFile, text);
}

async function main() {
  const copies: string[] = [];
  try {
    let siteDir: string | undefined;
    if (only.includes('build')) {
      const builds: BuildFigures[] = [];
      for (const size of sizes) {
        const { figures, dir } = await benchBuild(size);
        builds.push(figures);
        copies.push(dir);
        // The smallest build (the site, when it is one post) serves the other parts.
        if (!siteDir) siteDir = dir;
        else fs.rmSync(dir, { recursive: true, force: true });
        // Written after every build, so a long run that is stopped still leaves its figures.
        write([buildSection(builds)]);
      }
    }
    if (only.includes('serving') || only.includes('consultation')) {
      if (!siteDir) {
        const { dir } = await benchBuild(sizes[0]!);
        copies.push(dir);
        siteDir = dir;
      }
      if (only.includes('serving')) write([servingSection(await benchServing(siteDir))]);
      if (only.includes('consultation')) {
        const figures = [
          await benchConsultation(siteDir, 'SQLite'),
          await benchConsultation(siteDir, 'PostgreSQL'),
        ];
        write([consultationSection(figures)]);
      }
    }
    console.log(`\n${fs.readFileSync(reportFile, 'utf8')}`);
  } finally {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

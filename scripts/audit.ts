/**
 * npm run audit [-- --build] [-- --pages=/,/blog]
 *
 * Builds the production site if needed (or when `--build` is given) into .audit/next, serves it with
 * `next start` on AUDIT_PORT (default 3001) and a bare Next.js page (one paragraph, no CSS, no client
 * component; scripts/lib/bare-next-app.ts) on AUDIT_PORT + 1, then:
 *
 * 1. calibrates: five Lighthouse runs on the bare page, and the median of their benchmark indexes
 *    sets the CPU slowdown from Lighthouse's calibration table (scripts/lib/cpu-slowdown.ts), so the
 *    phone Lighthouse stands for is the same on a fast and on a slow machine (AUDIT_CPU_SLOWDOWN
 *    overrides it);
 * 2. runs Lighthouse AUDIT_RUNS times (default 5) on each landing page and on the bare page, in
 *    rounds (every page once, then again), so a change in the machine's load touches every row alike;
 * 3. runs axe on every page of the sitemap plus the 404 page;
 * 4. prints one table of medians (also written to .audit/report.md; every Lighthouse report is kept
 *    in .audit/lighthouse/) and exits non-zero unless every landing page scores 100 in accessibility,
 *    best practices and SEO, at least 95 in performance and no more than 2 below the bare page, and
 *    axe finds nothing.
 *
 * `--pages` (or AUDIT_PAGES) picks the landing pages, comma-separated.
 *
 * A second reference, outside the gate: the same bare app whose page is the KAP post's visible HTML
 * (no stylesheet, no components) on AUDIT_PORT + 2, to tell what the post's own code costs from what
 * any Next.js page with its text costs.
 *
 * Throttling is applied (Lighthouse's 'devtools' method): the network is slowed to slow 4G and the CPU
 * by the calibrated multiplier while the page loads. AUDIT_THROTTLING=simulate uses Lighthouse's
 * default instead, which loads the page at full speed and estimates the phone from that trace; on
 * `localhost` its LCP depends on a race between the first paint and Next.js's chunks (README,
 * "About LCP"), so its verdict is not the same from one machine to the next.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { bareNextApp, startNext, visibleHtml } from './lib/bare-next-app';
import { chromiumArgs, chromiumExecutable } from './lib/chromium';
import {
  axeTags,
  kapPostPath,
  landingPages,
  launchChromeForLighthouse,
  type LighthouseCategory,
  type LighthouseSummary,
  median,
  runLighthouse,
  sitemapPaths,
} from './lib/quality';
import { cpuSlowdownFor } from './lib/cpu-slowdown';

const root = process.cwd();
const auditDir = path.join(root, '.audit');
const reportsDir = path.join(auditDir, 'lighthouse');
const distDir = '.audit/next';
const port = Number(process.env.AUDIT_PORT ?? 3001);
const baseUrl = `http://127.0.0.1:${port}`;
const bareUrl = `http://127.0.0.1:${port + 1}/`;
const bareWithPostUrl = `http://127.0.0.1:${port + 2}/`;
const runsPerPage = Number(process.env.AUDIT_RUNS ?? 5);
const calibrationRuns = 5;
const option = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const pages = (option('pages') ?? process.env.AUDIT_PAGES)?.split(',').filter(Boolean) ?? [
  ...landingPages,
];
const notFoundPath = '/this-page-does-not-exist';
const bareReference = 'bare Next.js page (reference)';
const bareWithPostReference = 'bare Next.js page with the KAP post’s HTML (reference)';
const references: string[] = [bareReference, bareWithPostReference];
const throttlingMethod = (() => {
  const value = process.env.AUDIT_THROTTLING || 'devtools';
  if (value !== 'simulate' && value !== 'devtools')
    throw new Error(`AUDIT_THROTTLING is "${value}": use devtools (the default) or simulate`);
  return value;
})();
const minimumScores = { accessibility: 100, 'best-practices': 100, seo: 100 } as const;
const minimumPerformance = 95;
/** How far below the bare Next.js page, measured in the same run, a page may score. */
const performanceMarginToBare = 2;
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: distDir,
  SITE_URL: baseUrl,
};

/** The build is stale when asked, missing, built for another address, or older than any source file. */
function needsBuild(): boolean {
  if (process.argv.includes('--build')) return true;
  const stamp = path.join(root, distDir, 'BUILD_ID');
  const siteUrlFile = path.join(auditDir, 'site-url');
  if (!fs.existsSync(stamp) || !fs.existsSync(siteUrlFile)) return true;
  if (fs.readFileSync(siteUrlFile, 'utf8') !== baseUrl) return true;
  const builtAt = fs.statSync(stamp).mtimeMs;
  const sources = [
    'app',
    'components',
    'lib',
    'content',
    'public',
    'proxy.ts',
    'next.config.ts',
    'package-lock.json',
    'contentlayer.config.ts',
  ];
  const newest = (entry: string): number => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return 0;
    const stat = fs.statSync(full);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(
      stat.mtimeMs,
      ...fs.readdirSync(full).map((name) => newest(path.join(entry, name))),
    );
  };
  return sources.some((entry) => newest(entry) > builtAt);
}

function build() {
  console.log(`Building the production site into ${distDir} (SITE_URL=${baseUrl})…`);
  execFileSync(bin('contentlayer2'), ['build'], { cwd: root, env, stdio: 'inherit' });
  execFileSync(bin('next'), ['build'], { cwd: root, env, stdio: 'inherit' });
  fs.writeFileSync(path.join(auditDir, 'site-url'), baseUrl);
}

async function startServer() {
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null)
      throw new Error(`next start exited with ${server.exitCode} (is port ${port} free?)`);
    try {
      if ((await fetch(`${baseUrl}/robots.txt`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`next start did not answer on ${baseUrl}`);
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const slug = (label: string) => label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';

/** A page's median figures, and the lowest and highest of its runs (how far one run may stray). */
interface PageFigures extends LighthouseSummary {
  spread: { performance: [number, number]; lcpMs: [number, number] };
}

/** Every Lighthouse run, in rounds, at the calibrated CPU slowdown; the figures per page. */
async function lighthouseFigures(
  chromePort: number,
  cpuSlowdownMultiplier: number,
): Promise<{ figures: Map<string, PageFigures>; indexes: number[] }> {
  const targets = [
    ...pages.map((page) => ({ label: page, url: baseUrl + page, categories: undefined })),
    // The references are bare pages: only their performance is of interest.
    ...[
      { label: bareReference, url: bareUrl },
      { label: bareWithPostReference, url: bareWithPostUrl },
    ].map((reference) => ({ ...reference, categories: ['performance'] as LighthouseCategory[] })),
  ];
  const runs = new Map<string, LighthouseSummary[]>(targets.map((t) => [t.label, []]));
  for (let round = 1; round <= runsPerPage; round++) {
    for (const { label, url, categories } of targets) {
      process.stdout.write(`Lighthouse ${label} (run ${round}/${runsPerPage})\n`);
      runs.get(label)!.push(
        await runLighthouse(url, chromePort, {
          categories,
          cpuSlowdownMultiplier,
          throttlingMethod,
          reportPath: path.join(reportsDir, `${slug(label)}-${round}.json`),
        }),
      );
    }
  }
  const figures = new Map<string, PageFigures>();
  for (const [label, summaries] of runs) {
    const pick = (get: (summary: LighthouseSummary) => number) => median(summaries.map(get));
    const range = (get: (summary: LighthouseSummary) => number): [number, number] => {
      const values = summaries.map(get);
      return [Math.min(...values), Math.max(...values)];
    };
    figures.set(label, {
      scores: {
        performance: pick((s) => s.scores.performance),
        accessibility: pick((s) => s.scores.accessibility),
        'best-practices': pick((s) => s.scores['best-practices']),
        seo: pick((s) => s.scores.seo),
      },
      fcpMs: pick((s) => s.fcpMs),
      lcpMs: pick((s) => s.lcpMs),
      tbtMs: pick((s) => s.tbtMs),
      cls: pick((s) => s.cls),
      totalBytes: pick((s) => s.totalBytes),
      benchmarkIndex: pick((s) => s.benchmarkIndex),
      cpuSlowdownMultiplier,
      failedAudits: [...new Set(summaries.flatMap((s) => s.failedAudits))],
      spread: {
        performance: range((s) => s.scores.performance),
        lcpMs: range((s) => s.lcpMs),
      },
    });
  }
  return { figures, indexes: [...runs.values()].flat().map((s) => s.benchmarkIndex) };
}

async function axeViolations(paths: string[]): Promise<Map<string, string[]>> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
  });
  const results = new Map<string, string[]>();
  try {
    const context = await browser.newContext();
    for (const page of paths) {
      process.stdout.write(`axe ${page}\n`);
      const tab = await context.newPage();
      await tab.goto(baseUrl + page, { waitUntil: 'load' });
      const { violations } = await new AxeBuilder({ page: tab }).withTags(axeTags).analyze();
      results.set(
        page,
        violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      );
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

function table(lighthouse: Map<string, PageFigures>, axe: Map<string, string[]>): string {
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'FCP',
    'LCP',
    'TBT',
    'CLS',
    'bytes',
    'axe violations',
  ];
  // The site's pages first, the references last.
  const labels = [...new Set([...lighthouse.keys(), ...axe.keys()])].sort(
    (a, b) => Number(references.includes(a)) - Number(references.includes(b)),
  );
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  // The median, then the lowest and highest single run when they differ from it.
  const withSpread = (median: string, [low, high]: string[], unit = '') =>
    low === median && high === median ? median + unit : `${median}${unit} (${low}–${high})`;
  const rows = labels.map((label) => {
    const lh = lighthouse.get(label);
    const violations = axe.get(label);
    const score = (value: number) => (Number.isNaN(value) ? '—' : String(value));
    return [
      label,
      ...(lh
        ? [
            withSpread(score(lh.scores.performance), lh.spread.performance.map(score)),
            score(lh.scores.accessibility),
            score(lh.scores['best-practices']),
            score(lh.scores.seo),
            `${seconds(lh.fcpMs)} s`,
            withSpread(seconds(lh.lcpMs), lh.spread.lcpMs.map(seconds), ' s'),
            `${Math.round(lh.tbtMs)} ms`,
            lh.cls.toFixed(3),
            `${(lh.totalBytes / 1024).toFixed(0)} KiB`,
          ]
        : Array(9).fill('')),
      violations === undefined ? '' : String(violations.length),
    ];
  });
  const widths = header.map((_, i) =>
    Math.max(header[i]!.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function failures(lighthouse: Map<string, PageFigures>, axe: Map<string, string[]>) {
  const bare = lighthouse.get(bareReference)!.scores.performance;
  const floor = Math.max(minimumPerformance, bare - performanceMarginToBare);
  const found: string[] = [];
  for (const [page, summary] of lighthouse) {
    if (references.includes(page)) continue;
    for (const [category, minimum] of Object.entries(minimumScores)) {
      const score = summary.scores[category as keyof typeof minimumScores];
      if (!(score >= minimum)) found.push(`${page}: Lighthouse ${category} ${score} < ${minimum}`);
    }
    const performance = summary.scores.performance;
    if (!(performance >= floor))
      found.push(
        `${page}: Lighthouse performance ${performance} < ${floor} (at least ${minimumPerformance}, and no more than ${performanceMarginToBare} below the bare page's ${bare})`,
      );
    for (const audit of summary.failedAudits)
      found.push(`${page}: Lighthouse audit failed: ${audit}`);
  }
  for (const [page, violations] of axe) for (const v of violations) found.push(`${page}: axe ${v}`);
  return found;
}

async function main() {
  fs.mkdirSync(auditDir, { recursive: true });
  fs.rmSync(reportsDir, { recursive: true, force: true });
  fs.mkdirSync(reportsDir, { recursive: true });
  if (needsBuild()) build();
  else console.log(`Using the existing build in ${distDir} (pass --build to rebuild).`);

  const loadAtStart = loadAverage();
  const server = await startServer();
  const bareServer = await startNext(bareNextApp(), port + 1);
  const postHtml = fs.readFileSync(
    path.join(root, distDir, `server/app${kapPostPath}.html`),
    'utf8',
  );
  const bareWithPostServer = await startNext(bareNextApp(visibleHtml(postHtml)), port + 2);
  const chrome = await launchChromeForLighthouse();
  try {
    const calibration: number[] = [];
    for (let run = 1; run <= calibrationRuns; run++) {
      process.stdout.write(
        `Calibrating: Lighthouse on the bare page (${run}/${calibrationRuns})\n`,
      );
      const { benchmarkIndex } = await runLighthouse(bareUrl, chrome.port, {
        categories: ['performance'],
      });
      calibration.push(benchmarkIndex);
    }
    const benchmarkIndex = median(calibration);
    const calibrated = cpuSlowdownFor(benchmarkIndex);
    const override = Number(process.env.AUDIT_CPU_SLOWDOWN);
    const multiplier = override > 0 ? override : calibrated.multiplier;
    const slowdownLine = `Host CPU: Lighthouse benchmark index ${Math.round(benchmarkIndex)} (median of ${calibrationRuns} runs: ${calibration.map(Math.round).join(', ')}): a ${calibrated.hostClass}, so ${calibrated.multiplier}× CPU slowdown to stand for a mid-tier phone (Lighthouse docs/throttling.md)${override > 0 ? `; AUDIT_CPU_SLOWDOWN sets ${multiplier}×` : ''}.`;
    console.log(slowdownLine);

    const { figures, indexes } = await lighthouseFigures(chrome.port, multiplier);
    const [lowest, highest] = [Math.min(...indexes), Math.max(...indexes)];
    // Other work on the machine lowers the index; when it moved across the table's brackets, runs
    // of the same page stood for different phones and the medians mean little.
    const loadWarning =
      cpuSlowdownFor(lowest).multiplier === cpuSlowdownFor(highest).multiplier
        ? ''
        : ' WARNING: the machine’s load changed during the run (the index crossed the table’s brackets); rerun on a quiet machine before trusting the performance figures.';
    const axe = await axeViolations([...new Set(await sitemapPaths(baseUrl)), notFoundPath]);
    const found = failures(figures, axe);

    const report = [
      `Lighthouse ${runsPerPage}× per page at ${multiplier}× CPU slowdown (median, with the lowest and highest run in brackets; mobile, ${throttlingMethod === 'simulate' ? 'simulated' : 'applied (devtools)'} slow 4G), in rounds with a bare Next.js page and the same with the KAP post’s HTML (last rows; the gate compares with the first), and axe (${axeTags.join(', ')}) on every sitemap page and the 404 page.`,
      `Served by next start at ${baseUrl}, ${new Date().toISOString()}; load average ${loadAtStart} at the start, ${loadAverage()} at the end.`,
      slowdownLine,
      `Benchmark index during the runs: ${Math.round(lowest)}–${Math.round(highest)}.${loadWarning}`,
      `Gate: accessibility, best practices and SEO 100; performance at least ${minimumPerformance} and no more than ${performanceMarginToBare} below the bare page; no axe violation.`,
      '',
      table(figures, axe),
      '',
      found.length
        ? `FAILED:\n${found.map((f) => `- ${f}`).join('\n')}`
        : 'PASSED: every threshold met, no axe violation.',
    ].join('\n');
    fs.writeFileSync(path.join(auditDir, 'report.md'), `${report}\n`);
    console.log(`\n${report}`);
    process.exitCode = found.length ? 1 : 0;
  } finally {
    chrome.kill();
    server.kill();
    bareServer.kill();
    bareWithPostServer.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * npm run audit [-- --build]
 *
 * Builds the production site if needed (or when `--build` is given) into .audit/next, serves it
 * with `next start` on its own port (AUDIT_PORT, default 3001), runs Lighthouse three times on each
 * landing page (median scores, LCP, TBT, CLS, total bytes) and axe on every page of the sitemap
 * plus the 404 page, prints one table (also written to .audit/report.md) and exits non-zero under
 * 95 performance, under 100 accessibility, best practices or SEO, or on any axe violation.
 *
 * The same Lighthouse runs on a bare Next.js page (one paragraph, no CSS, no client component;
 * see scripts/lib/bare-next-app.ts), served the same way in the same run: a reference row, not
 * gated, that shows what this machine lets any Next.js page score, so a low figure can be told
 * apart as the site's or the machine's.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { bareNextApp, startNext } from './lib/bare-next-app';
import { chromiumArgs, chromiumExecutable } from './lib/chromium';
import {
  axeTags,
  landingPages,
  launchChromeForLighthouse,
  type LighthouseSummary,
  median,
  runLighthouse,
  sitemapPaths,
} from './lib/quality';

const root = process.cwd();
const auditDir = path.join(root, '.audit');
const distDir = '.audit/next';
const port = Number(process.env.AUDIT_PORT ?? 3001);
const baseUrl = `http://127.0.0.1:${port}`;
const runsPerPage = Number(process.env.AUDIT_RUNS ?? 3);
const notFoundPath = '/this-page-does-not-exist';
const bareReference = 'bare Next.js page (reference)';
const thresholds = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
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

/** Median Lighthouse figures per page, keyed by the label to print for each URL. */
async function lighthouseMedians(
  urls: Map<string, string>,
): Promise<Map<string, LighthouseSummary>> {
  const chrome = await launchChromeForLighthouse();
  const results = new Map<string, LighthouseSummary>();
  try {
    for (const [page, url] of urls) {
      const runs: LighthouseSummary[] = [];
      for (let run = 1; run <= runsPerPage; run++) {
        process.stdout.write(`Lighthouse ${page} (run ${run}/${runsPerPage})\n`);
        runs.push(await runLighthouse(url, chrome.port));
      }
      const pick = (get: (summary: LighthouseSummary) => number) => median(runs.map(get));
      results.set(page, {
        scores: {
          performance: pick((s) => s.scores.performance),
          accessibility: pick((s) => s.scores.accessibility),
          'best-practices': pick((s) => s.scores['best-practices']),
          seo: pick((s) => s.scores.seo),
        },
        lcpMs: pick((s) => s.lcpMs),
        tbtMs: pick((s) => s.tbtMs),
        cls: pick((s) => s.cls),
        totalBytes: pick((s) => s.totalBytes),
        benchmarkIndex: pick((s) => s.benchmarkIndex),
        failedAudits: [...new Set(runs.flatMap((s) => s.failedAudits))],
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

async function axeViolations(pages: string[]): Promise<Map<string, string[]>> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
  });
  const results = new Map<string, string[]>();
  try {
    const context = await browser.newContext();
    for (const page of pages) {
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

function table(lighthouse: Map<string, LighthouseSummary>, axe: Map<string, string[]>): string {
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP',
    'TBT',
    'CLS',
    'bytes',
    'axe violations',
  ];
  // The site's pages first, the bare reference last.
  const pages = [...new Set([...lighthouse.keys(), ...axe.keys()])].sort(
    (a, b) => Number(a === bareReference) - Number(b === bareReference),
  );
  const rows = pages.map((page) => {
    const lh = lighthouse.get(page);
    const violations = axe.get(page);
    return [
      page,
      ...(lh
        ? [
            lh.scores.performance,
            lh.scores.accessibility,
            lh.scores['best-practices'],
            lh.scores.seo,
            `${(lh.lcpMs / 1000).toFixed(2)} s`,
            `${Math.round(lh.tbtMs)} ms`,
            lh.cls.toFixed(3),
            `${(lh.totalBytes / 1024).toFixed(0)} KiB`,
          ].map(String)
        : Array(8).fill('')),
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

async function main() {
  fs.mkdirSync(auditDir, { recursive: true });
  if (needsBuild()) build();
  else console.log(`Using the existing build in ${distDir} (pass --build to rebuild).`);

  const server = await startServer();
  const bareServer = await startNext(bareNextApp(), port + 1);
  try {
    const pages = [...new Set(await sitemapPaths(baseUrl)), notFoundPath];
    const lighthouse = await lighthouseMedians(
      new Map([
        ...landingPages.map((page) => [page, baseUrl + page] as const),
        [bareReference, `http://127.0.0.1:${port + 1}/`],
      ]),
    );
    const axe = await axeViolations(pages);

    const failures: string[] = [];
    for (const [page, summary] of lighthouse) {
      if (page === bareReference) continue;
      for (const [category, minimum] of Object.entries(thresholds)) {
        const score = summary.scores[category as keyof typeof thresholds];
        if (!(score >= minimum))
          failures.push(`${page}: Lighthouse ${category} ${score} < ${minimum}`);
      }
      for (const audit of summary.failedAudits)
        failures.push(`${page}: Lighthouse audit failed: ${audit}`);
    }
    for (const [page, violations] of axe)
      for (const v of violations) failures.push(`${page}: axe ${v}`);

    const report = [
      `Lighthouse ${runsPerPage}× per landing page (median, mobile defaults) and axe (${axeTags.join(', ')}) on every sitemap page and the 404 page.`,
      `Served by next start at ${baseUrl}, ${new Date().toISOString()}.`,
      `Host CPU: Lighthouse benchmark index ${Math.round(median([...lighthouse.values()].map((s) => s.benchmarkIndex)))} (its 4× CPU slowdown is calibrated for 1500–2000). The last row is a bare Next.js page, for reference: not gated.`,
      '',
      table(lighthouse, axe),
      '',
      failures.length
        ? `FAILED:\n${failures.map((f) => `- ${f}`).join('\n')}`
        : 'PASSED: every threshold met, no axe violation.',
    ].join('\n');
    fs.writeFileSync(path.join(auditDir, 'report.md'), `${report}\n`);
    console.log(`\n${report}`);
    process.exitCode = failures.length ? 1 : 0;
  } finally {
    server.kill();
    bareServer.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

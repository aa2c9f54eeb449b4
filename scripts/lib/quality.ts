/**
 * What `npm run audit` and the end-to-end quality checks share: the landing pages, the axe rules,
 * and how Lighthouse is run (Debian's Chromium through chrome-launcher, mobile defaults).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { chromiumExecutable } from './chromium';

const lighthouseRunner = path.resolve('scripts/lighthouse-run.mjs'); // from the project root, where Playwright and the scripts run;

/** The KAP post: the article a prospective client reads first. */
export const kapPostPath = '/blog/ketamine-assisted-psychotherapy-for-moms';

/** The pages a visitor lands on from search, a share or an ad. */
export const landingPages = [
  '/',
  '/blog',
  kapPostPath,
  '/ketamine-assisted-psychotherapy',
  '/consultation',
] as const;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const lighthouseChromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const lighthouseCategories: LighthouseCategory[] = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
];

export interface LighthouseSummary {
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /**
   * Lighthouse's measure of the host CPU. Its 4× CPU slowdown (mobile default) is meant for a
   * machine of 1500–2000; a slower host makes every page's emulated phone slower still.
   */
  benchmarkIndex: number;
  /** The CPU slowdown the run applied or simulated. */
  cpuSlowdownMultiplier: number;
  /** Titles of the audits that did not pass in the categories other than performance. */
  failedAudits: string[];
}

export function launchChromeForLighthouse(): Promise<chromeLauncher.LaunchedChrome> {
  return chromeLauncher.launch({
    chromePath: chromiumExecutable(),
    chromeFlags: lighthouseChromeFlags,
    logLevel: 'silent',
  });
}

export interface LighthouseOptions {
  categories?: LighthouseCategory[];
  /** Overrides the mobile default of 4× (see scripts/lib/cpu-slowdown.ts). */
  cpuSlowdownMultiplier?: number;
  /** Where to keep the full report (JSON), for a closer look at a run. */
  reportPath?: string;
  /**
   * Lighthouse's default, 'simulate', loads the page at full speed and estimates the slow phone
   * from that trace; 'devtools' (what `npm run audit` uses) slows the network and CPU down while
   * the page loads.
   */
  throttlingMethod?: 'simulate' | 'devtools';
}

/**
 * One Lighthouse run (mobile defaults: emulated Moto G Power, simulated slow 4G). On a loaded
 * machine Lighthouse sometimes fails to record the trace (NO_NAVSTART), even on a quiet one: that
 * run is retried, up to four attempts in all.
 */
export async function runLighthouse(
  url: string,
  chromePort: number,
  {
    categories = lighthouseCategories,
    cpuSlowdownMultiplier,
    reportPath,
    throttlingMethod,
  }: LighthouseOptions = {},
): Promise<LighthouseSummary> {
  const settings = {
    ...(cpuSlowdownMultiplier !== undefined && { throttling: { cpuSlowdownMultiplier } }),
    ...(throttlingMethod && { throttlingMethod }),
  };
  let lhr: Result | undefined;
  let report = '';
  for (let attempt = 1; attempt <= 4; attempt++) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [lighthouseRunner, url, String(chromePort), categories.join(','), JSON.stringify(settings)],
      { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
    );
    report = stdout;
    lhr = JSON.parse(stdout) as Result;
    if (!lhr.runtimeError) break;
  }
  if (!lhr || lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`);
  if (reportPath) fs.writeFileSync(reportPath, report);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = Object.fromEntries(
    lighthouseCategories.map((id) => [
      id,
      Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100),
    ]),
  ) as Record<LighthouseCategory, number>;
  const failedAudits = categories
    .filter((id) => id !== 'performance')
    .flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative',
    )
    .map((audit) => `${audit!.id}: ${audit!.title}`);
  return {
    scores,
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    totalBytes: numeric('total-byte-weight'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? Number.NaN,
    failedAudits: [...new Set(failedAudits)],
  };
}

/** The paths of every URL /sitemap.xml lists, resolved against the server actually under test. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
  const response = await fetch(new URL('/sitemap.xml', baseUrl));
  if (!response.ok) throw new Error(`/sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!.trim()).pathname,
  );
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

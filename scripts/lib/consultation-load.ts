/**
 * What the consultation load tools share (npm run bench:leads, the consultation part of npm run bench,
 * the crash and several-servers tests): read the form's hidden server-action inputs, post the same
 * no-JavaScript form submission a browser sends (one at a time with fetch, or a load with
 * autocannon), and prove afterwards that every request was stored and mailed exactly once.
 */
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import type { Db } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRowsOfLeadsByEmailPrefix } from '@/lib/db/outbox';
import { bin } from './server';

/** The environment of a production server under load: a fake Resend, its own build and data folders. */
export function benchServerEnv({
  port,
  fakePort,
  dataDir,
  distDir = '.next-bench',
}: {
  port: number;
  fakePort: number;
  dataDir: string;
  distDir?: string;
}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: distDir,
    DATA_DIR: dataDir,
    RESEND_API_KEY: 're_bench_fake_key',
    RESEND_BASE_URL: `http://127.0.0.1:${fakePort}`,
    RESEND_FROM: 'Bench <bench@example.com>',
    PRACTICE_INBOX: 'practice-inbox@example.com',
    NEWSLETTER_SECRET: 'bench-secret-for-the-load-tests',
    TRUST_PROXY: '1',
    FAKE_RESEND_PORT: String(fakePort),
  };
}

/** Builds the site (contentlayer2, then next build) with `env` (NEXT_DIST_DIR says where). */
export function buildSite(root: string, env: NodeJS.ProcessEnv) {
  for (const [tool, args] of [
    ['contentlayer2', ['build']],
    ['next', ['build']],
  ] as const) {
    try {
      execFileSync(bin(tool), [...args], { cwd: root, env, stdio: 'pipe' });
    } catch (error) {
      // Say why: the build's own output, not just "Command failed".
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `${tool} ${args.join(' ')} failed:\n${`${stdout ?? ''}${stderr ?? ''}`.slice(-3000)}`,
      );
    }
  }
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export type HiddenInputs = [string, string][];

/** The hidden inputs React renders into the form so it posts to the server action without JavaScript. */
export async function consultationFormShape(baseUrl: string): Promise<HiddenInputs> {
  const html = await (await fetch(`${baseUrl}/consultation`)).text();
  const form = html.slice(html.indexOf('<form'), html.indexOf('</form>'));
  const hidden: HiddenInputs = [];
  for (const match of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const tag = match[0];
    const name = tag.match(/name="([^"]*)"/)?.[1];
    if (name?.startsWith('$ACTION'))
      hidden.push([decode(name), decode(tag.match(/value="([^"]*)"/)?.[1] ?? '')]);
  }
  if (!hidden.length)
    throw new Error('The consultation form has no server action inputs: is the page a form?');
  return hidden;
}

/** A distinct client address per request number, so the rate limit (per client) never applies. */
export const clientAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

export interface PostResult {
  ms: number;
  status: number;
  /** The server stored it: it answered with the redirect to the confirmation page. */
  ok: boolean;
  /** The page's HTML ('' on a network error). */
  text: string;
}

/** The form a browser without JavaScript posts for one valid request, named after `i`. */
export function consultationFormData(hidden: HiddenInputs, i: number, email: string): FormData {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  const fields: Record<string, string> = {
    name: `Bench Mother ${i}`,
    email,
    phone: '',
    contactMethod: 'email',
    bestTime: 'Weekday mornings',
    interest: 'not-sure',
    sessionFormat: 'telehealth',
    inCalifornia: 'yes',
    message: 'A benchmark request.',
    consent: 'on',
    website: '',
    submissionId: '',
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** Where the server sends a browser without JavaScript once her request is stored. */
export const receivedPath = '/consultation/received';

/**
 * Posts one valid consultation request (named after `i`) as a browser without JavaScript does, from
 * `client` (x-forwarded-for; its own address per `i` by default), following the redirect to the
 * confirmation page; never throws (status 0 on a network error).
 */
export async function postConsultation(
  baseUrl: string,
  hidden: HiddenInputs,
  i: number,
  email: string,
  client = clientAddress(i),
): Promise<PostResult> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/consultation`, {
      method: 'POST',
      body: consultationFormData(hidden, i, email),
      // As a browser sends it: with the page's Origin.
      headers: { 'x-forwarded-for': client, origin: new URL(baseUrl).origin },
    });
    const text = await response.text();
    return {
      ms: performance.now() - started,
      status: response.status,
      // The form page itself carries the confirmation's words (for the answer with JavaScript), so
      // only where the server sent her tells a stored request from a refused one.
      ok: response.redirected && new URL(response.url).pathname === receivedPath,
      text,
    };
  } catch {
    return { ms: performance.now() - started, status: 0, ok: false, text: '' };
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadResult {
  /** Each response's time, in milliseconds, sorted. */
  latencies: number[];
  requestsPerSecond: number;
  statuses: Record<number, number>;
  /** Answered with a redirect to the confirmation page: stored (or already stored). */
  redirectedToConfirmation: number;
  /** Connection errors and timeouts. */
  errors: number;
}

/**
 * `count` valid consultation requests posted by autocannon from `connections` clients that each
 * keep one request in flight, as a browser without JavaScript posts the form: each with its own
 * e-mail address (`emailOf`) and client address, and the page's Origin. The bodies are encoded
 * before the run, so the load generator spends its time sending.
 */
export async function loadConsultations({
  baseUrl,
  hidden,
  count,
  connections,
  emailOf,
  firstNumber = 0,
}: {
  baseUrl: string;
  hidden: HiddenInputs;
  count: number;
  connections: number;
  emailOf: (i: number) => string;
  /** Request numbers (names and client addresses) start here. */
  firstNumber?: number;
}): Promise<LoadResult> {
  const requests = await Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const i = firstNumber + n;
      const encoded = new Response(consultationFormData(hidden, i, emailOf(i)));
      return {
        body: Buffer.from(await encoded.arrayBuffer()),
        headers: {
          'content-type': encoded.headers.get('content-type')!,
          origin: new URL(baseUrl).origin,
          'x-forwarded-for': clientAddress(i),
        },
      };
    }),
  );
  let next = 0;
  let redirectedToConfirmation = 0;
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}/consultation`,
        connections,
        amount: count,
        requests: [
          {
            method: 'POST',
            // autocannon may prepare one request more than it sends; that one repeats the last.
            setupRequest: (request) => ({ ...request, ...requests[Math.min(next++, count - 1)]! }),
            onResponse: (status, _body, _context, headers = {}) => {
              // autocannon keeps the header names as the server wrote them.
              const location = Object.entries(headers).find(
                ([name]) => name.toLowerCase() === 'location',
              )?.[1];
              if (status === 303 && location === receivedPath) redirectedToConfirmation += 1;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
  return {
    latencies: latencies.sort((a, b) => a - b),
    requestsPerSecond: latencies.length / result.duration,
    statuses,
    redirectedToConfirmation,
    errors: result.errors,
  };
}

/** Counts of e-mails the fake Resend accepted, per recipient/reply-to and per idempotency key. */
export interface FakeEmailRecord {
  id: string;
  to: string[];
  reply_to?: string | string[];
  idempotencyKey: string | null;
}

export async function fakeResendEmails(fakeUrl: string): Promise<FakeEmailRecord[]> {
  return (await (await fetch(`${fakeUrl}/__test/emails`)).json()) as FakeEmailRecord[];
}

export const mailsAbout = (emails: FakeEmailRecord[], address: string) =>
  emails.filter((e) => e.to.includes(address) || [e.reply_to].flat().includes(address)).length;

export interface RunProof {
  /** Requests of the run stored exactly once. */
  storedOnce: number;
  /** Rows stored for the run's addresses (more than `expected` would be a duplicate). */
  rows: number;
  /** Requests with exactly two e-mails (her confirmation, the practice's notification) at the fake Resend. */
  mailedTwice: number;
  /** Every e-mail the fake Resend accepted carried its own idempotency key. */
  keysOnce: boolean;
  /** Outbox rows of the run not sent when the wait ended. */
  unsent: number;
}

/**
 * Waits (up to `timeoutMs`) until the outbox has sent every e-mail of the run whose addresses start
 * with `prefix`, then counts what was stored in the database and what reached the fake Resend.
 */
export async function proveRun(
  db: Db,
  prefix: string,
  expected: string[],
  fakeUrl: string,
  timeoutMs = 180_000,
): Promise<RunProof> {
  const unsent = async () =>
    (await outboxRowsOfLeadsByEmailPrefix(db, prefix)).filter((r) => r.status !== 'sent').length;
  const until = Date.now() + timeoutMs;
  while ((await unsent()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
  const stored = await findLeads(db, { emailPrefix: prefix });
  const counts = new Map<string, number>();
  for (const lead of stored) counts.set(lead.email, (counts.get(lead.email) ?? 0) + 1);
  const emails = await fakeResendEmails(fakeUrl);
  const keys = emails.map((e) => e.idempotencyKey);
  return {
    storedOnce: expected.filter((e) => counts.get(e) === 1).length,
    rows: stored.length,
    mailedTwice: expected.filter((e) => mailsAbout(emails, e) === 2).length,
    keysOnce: keys.every((k) => k !== null) && new Set(keys).size === keys.length,
    unsent: await unsent(),
  };
}

import { z } from 'zod';

/**
 * Every environment variable the site and its tools read, checked in one place. An empty value
 * counts as unset (as in `.env` files); a value that is set but wrong (`RESEND_TIMEOUT_MS=abc`) is
 * an error naming the variable, never a silent default. No `server-only`: next.config.ts and the
 * command-line tools read it too.
 */

const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(blankAsUnset, schema.default(fallback as never));

const milliseconds = (fallback: number) =>
  withDefault(
    z.coerce
      .number({ error: 'must be a whole number of milliseconds, e.g. 5000' })
      .int('must be a whole number of milliseconds, e.g. 5000')
      .positive('must be more than 0'),
    fallback,
  );

const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, error: `must be an absolute http(s) URL, e.g. ${example}` });

/**
 * Calendar feeds, comma-separated. A webcal:// address (as iCloud and Outlook give some) is read
 * over https. The messages never repeat an address: each one is a secret.
 */
const calendarFeeds = z.preprocess(
  (value) => blankAsUnset(value) ?? '',
  z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim().replace(/^webcals?:\/\//i, 'https://'))
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.url({
          protocol: /^https?$/,
          error:
            'must be the http(s) or webcal address of an iCalendar feed, e.g. https://calendar.google.com/calendar/ical/…/basic.ics',
        }),
      ),
    ),
);

const flag = optional(
  z
    .enum(['1', 'true', '0', 'false'], { error: 'must be 1 or 0' })
    .transform((value) => value === '1' || value === 'true'),
);

export const envSchema = z
  .object({
    NODE_ENV: withDefault(z.enum(['development', 'production', 'test']), 'development'),
    /** The public address of the site, without a trailing slash. */
    SITE_URL: withDefault(httpUrl('https://example.com'), 'http://localhost:3000').transform(
      (url) => url.replace(/\/+$/, ''),
    ),
    DATA_DIR: withDefault(z.string(), 'data'),
    /** Set: the data lives in this PostgreSQL database and no SQLite file is written. */
    DATABASE_URL: optional(
      z.string().refine((value) => /^postgres(ql)?:\/\/[^\s/]/.test(value) && URL.canParse(value), {
        message: 'must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/database',
      }),
    ),
    RESEND_API_KEY: optional(
      z.string().startsWith('re_', 'must start with re_ (a Resend API key)'),
    ),
    RESEND_FROM: optional(z.string().max(320)),
    RESEND_BASE_URL: optional(httpUrl('http://127.0.0.1:3299')),
    PRACTICE_INBOX: optional(z.email({ error: 'must be one e-mail address' })),
    RESEND_SEGMENT_ID: optional(z.string()),
    RESEND_AUDIENCE_ID: optional(z.string()),
    RESEND_TIMEOUT_MS: milliseconds(5000),
    MAIL_RETRY_INTERVAL_MS: milliseconds(15_000),
    MAIL_RETRY_BASE_MS: milliseconds(30_000),
    MAIL_RETRY_MAX_MS: milliseconds(60 * 60_000),
    /** After this many failed attempts an outbox message is marked failed (npm run mail:retry -- --failed). */
    MAIL_MAX_ATTEMPTS: withDefault(
      z.coerce
        .number({ error: 'must be a whole number of attempts, e.g. 8' })
        .int('must be a whole number of attempts, e.g. 8')
        .min(1, 'must be at least 1')
        .max(100, 'must be at most 100'),
      8,
    ),
    NEWSLETTER_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
    TRUST_PROXY: flag,
    /** Authorises GET /api/cron (Vercel Cron sends it as `Authorization: Bearer …`); unset, the route answers 404. */
    CRON_SECRET: optional(
      z
        .string()
        .min(16, 'must be at least 16 characters, e.g. the output of `openssl rand -hex 32`'),
    ),
    /**
     * Read by Next.js itself, at build time: keeps the forms' server-action IDs the same across
     * builds. Checked here so that a wrong one is named instead of breaking every form.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional(
      z
        .string()
        .refine(
          (value) =>
            /^[A-Za-z0-9+/]+={0,2}$/.test(value) &&
            [16, 24, 32].includes(Buffer.from(value, 'base64').length),
          {
            error:
              'must be a base64 AES key of 16, 24 or 32 bytes, e.g. the output of `openssl rand -base64 32`',
          },
        ),
    ),
    // Set by the host, never by hand: serverless file systems keep no SQLite file (lib/host-check.ts).
    VERCEL: optional(z.string()),
    AWS_LAMBDA_FUNCTION_NAME: optional(z.string()),
    /** The therapist's calendars, whose busy times no booking may overlap. */
    BUSY_CALENDAR_URLS: calendarFeeds,
    /** How long a calendar feed that was read is used before it is read again (and a failed one retried). */
    BUSY_CALENDAR_REFRESH_MS: milliseconds(5 * 60_000),
    /** Where the content lives (default content/); the editor edits the same folder in `npm run dev`. */
    CONTENT_DIR: optional(z.string()),
    /** The editor's GitHub mode (README, "Editing the site"): owner/name of the repository. */
    NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO: optional(
      z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name, e.g. jane/practice-site'),
    ),
    NEXT_PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: optional(z.string()),
    KEYSTATIC_GITHUB_CLIENT_ID: optional(z.string()),
    KEYSTATIC_GITHUB_CLIENT_SECRET: optional(z.string()),
    KEYSTATIC_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
  })
  .superRefine((vars, context) => {
    // GitHub mode signs the therapist in with the GitHub app: all three of its secrets or none.
    if (!vars.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO) return;
    for (const name of [
      'KEYSTATIC_GITHUB_CLIENT_ID',
      'KEYSTATIC_GITHUB_CLIENT_SECRET',
      'KEYSTATIC_SECRET',
    ] as const) {
      if (!vars[name]) {
        context.addIssue({
          code: 'custom',
          path: [name],
          message:
            'must be set when NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO is (the editor signs in with GitHub)',
        });
      }
    }
  });

export type Env = z.output<typeof envSchema>;

/** One line per wrong variable: `RESEND_TIMEOUT_MS: must be a whole number of milliseconds, …`. */
export function envProblems(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses the given variables (default: process.env); throws an EnvError naming each wrong one. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(envProblems(parsed.error));
  return parsed.data;
}

/**
 * The checked environment, read when used: tests and tools change process.env between calls, and
 * parsing a dozen strings costs microseconds.
 */
export function env(): Env {
  return readEnv();
}

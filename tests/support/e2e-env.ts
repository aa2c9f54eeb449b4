import path from 'node:path';
import { testPostgresPort } from '../../scripts/lib/postgres-cluster';

/** Where and how the end-to-end tests run the production build. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;

/**
 * Every other server the end-to-end tests start listens on E2E_PORT plus its own offset, listed
 * here so that specs running side by side never take the same port.
 */
export const e2ePorts = {
  crash: e2ePort + 1,
  postgresServer: e2ePort + 2,
  upgrade: e2ePort + 3,
  severalServers: [e2ePort + 4, e2ePort + 5] as const,
  cronHeldMail: e2ePort + 6,
  healthCorruptDb: e2ePort + 7,
  standalone: e2ePort + 8,
  serverStart: e2ePort + 9,
  editorDev: e2ePort + 10,
  editorBuilt: e2ePort + 11,
  bareNext: e2ePort + 50,
  /** The fake calendar host (tests/support/fake-calendar.ts) serving the servers' busy feeds. */
  fakeCalendar: e2ePort + 60,
} as const;
// Paths are relative to the project root, where Playwright and its web server run.
export const e2eRoot = path.resolve('.e2e');
export const e2eContentDir = path.join(e2eRoot, 'content');
export const e2eDistDir = '.next-e2e';
export const e2eDataDir = path.join(e2eRoot, 'data');

/** The fake Resend API the server under test talks to (tests/support/fake-resend.ts). */
export const fakeResendPort = Number(process.env.FAKE_RESEND_PORT ?? 3299);
export const fakeResendUrl = `http://127.0.0.1:${fakeResendPort}`;
export const e2ePracticeInbox = 'practice-inbox@example.com';
export const e2eNewsletterSecret = 'e2e-newsletter-secret-do-not-use-elsewhere';
export const e2eSegmentId = 'seg_e2e_newsletter';

/** The busy calendar each server under test reads: its own, so the two projects never meet. */
export const e2eCalendarFeed = (engine: 'sqlite' | 'postgres') =>
  `http://127.0.0.1:${e2ePorts.fakeCalendar}/e2e-${engine}.ics`;

/** The environment of the server under test. */
export const e2eServerEnv: Record<string, string> = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: e2eBaseUrl,
  CONTENT_DIR: e2eContentDir,
  NEXT_DIST_DIR: e2eDistDir,
  DATA_DIR: e2eDataDir,
  RESEND_API_KEY: 're_e2e_fake_key',
  RESEND_BASE_URL: fakeResendUrl,
  RESEND_FROM: 'Integrative Therapy for Moms <hello@example.com>',
  RESEND_SEGMENT_ID: e2eSegmentId,
  RESEND_TIMEOUT_MS: '1500',
  PRACTICE_INBOX: e2ePracticeInbox,
  NEWSLETTER_SECRET: e2eNewsletterSecret,
  MAIL_RETRY_INTERVAL_MS: '1000',
  MAIL_RETRY_BASE_MS: '1000',
  MAIL_RETRY_MAX_MS: '2000',
  TRUST_PROXY: '1',
  BUSY_CALENDAR_URLS: e2eCalendarFeed('sqlite'),
  // The booking tests change the feed and look again a moment later.
  BUSY_CALENDAR_REFRESH_MS: '500',
};

/**
 * The same build served a second time on PostgreSQL: the `postgres` Playwright project runs the
 * consultation and newsletter tests against it. Its throw-away cluster listens on
 * PG_TEST_PORT + 1 (the unit tests take PG_TEST_PORT); the server on E2E_PORT + 2.
 */
export const e2ePostgresPort = testPostgresPort(1);
export const e2ePostgresAdminUrl = `postgres://postgres@127.0.0.1:${e2ePostgresPort}/postgres`;
export const e2ePostgresUrl = `postgres://postgres@127.0.0.1:${e2ePostgresPort}/e2e`;
export const e2ePostgresServerPort = e2ePorts.postgresServer;
export const e2ePostgresBaseUrl = `http://127.0.0.1:${e2ePostgresServerPort}`;
export const e2ePostgresServerEnv: Record<string, string> = {
  ...e2eServerEnv,
  SITE_URL: e2ePostgresBaseUrl,
  DATABASE_URL: e2ePostgresUrl,
  BUSY_CALENDAR_URLS: e2eCalendarFeed('postgres'),
  // Where no file may appear: the PostgreSQL server writes nothing to disk.
  DATA_DIR: path.join(e2eRoot, 'postgres-server-data'),
};

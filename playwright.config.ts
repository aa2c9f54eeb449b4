import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/lib/chromium';
import { e2eBaseUrl, e2ePorts, e2ePostgresBaseUrl, fakeResendUrl } from './tests/support/e2e-env';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: e2eBaseUrl,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
  },
  projects: [
    // Everything, against the production build on SQLite (the default, nothing configured).
    {
      name: 'sqlite',
      use: { ...devices['Desktop Chrome'], baseURL: e2eBaseUrl },
      testIgnore: /several-servers\.spec\.ts/,
    },
    // The same build on PostgreSQL (DATABASE_URL): the tests of what is stored run again there,
    // and two servers share one database.
    {
      name: 'postgres',
      use: { ...devices['Desktop Chrome'], baseURL: e2ePostgresBaseUrl },
      testMatch: /(consultation|newsletter|several-servers|booking)\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // The therapist's calendar, as the servers under test read it (BUSY_CALENDAR_URLS).
      command: 'npx tsx tests/support/fake-calendar.ts',
      url: `http://127.0.0.1:${e2ePorts.fakeCalendar}/__test/requests`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx tests/support/fake-resend.ts',
      url: `${fakeResendUrl}/__test/health`,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx tsx tests/support/start-e2e-server.ts',
      url: `${e2eBaseUrl}/robots.txt`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      // Time to stop the server and take the fixture photo out of public/ again.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      // Started once the build above is served: the same build, on PostgreSQL.
      command: 'npx tsx tests/support/start-e2e-postgres-server.ts',
      url: `${e2ePostgresBaseUrl}/robots.txt`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      // Time to stop the server and the PostgreSQL cluster and delete its folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});

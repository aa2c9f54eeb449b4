/**
 * A calendar host for the tests: serves iCalendar feeds over HTTP on 127.0.0.1, the way Google
 * Calendar serves a secret address, plus feeds that fail the ways real ones do.
 *
 *   GET /busy.ics            tests/fixtures/calendars/busy.ics
 *   GET /e2e-sqlite.ics, /e2e-postgres.ics  an empty calendar: each end-to-end server's own feed
 *   GET /no-answer.ics       accepts the request and never answers (a timeout)
 *   GET /stalled.ics         answers 200, sends the first line, then nothing (a timeout mid-body)
 *   GET /missing.ics         404
 *   GET /not-a-calendar.ics  200 with an HTML page, as a login wall would
 *   PUT /__test/feeds/<name> sets (or replaces) the feed at /<name> to the request body
 *   GET /__test/requests     how many times each path was asked for, as JSON
 *
 * In-process: `await startFakeCalendar({ port: 0 })`. As its own process (for the end-to-end
 * tests): `tsx tests/support/fake-calendar.ts`, on FAKE_CALENDAR_PORT, else E2E_PORT + 60.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const fakeCalendarPort = Number(
  process.env.FAKE_CALENDAR_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 60,
);

// Relative to the project root, where vitest, Playwright and tsx run.
export const busyFixture = fs.readFileSync(
  path.resolve('tests/fixtures/calendars/busy.ics'),
  'utf8',
);

export const emptyCalendar =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//fake calendar//EN\r\nEND:VCALENDAR\r\n';

export interface FakeCalendar {
  /** The address of a feed, e.g. url('/busy.ics'). */
  url(feedPath: string): string;
  /** How many times a path was asked for. */
  requests(feedPath: string): number;
  setFeed(feedPath: string, body: string, status?: number): void;
  close(): Promise<void>;
}

export async function startFakeCalendar({
  port = fakeCalendarPort,
  host = '127.0.0.1',
}: { port?: number; host?: string } = {}): Promise<FakeCalendar> {
  const feeds = new Map<string, { status: number; body: string }>([
    ['/busy.ics', { status: 200, body: busyFixture }],
    ['/e2e-sqlite.ics', { status: 200, body: emptyCalendar }],
    ['/e2e-postgres.ics', { status: 200, body: emptyCalendar }],
    ['/missing.ics', { status: 404, body: 'Not Found' }],
    ['/not-a-calendar.ics', { status: 200, body: '<!doctype html><title>Sign in</title>' }],
  ]);
  const counts = new Map<string, number>();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake-calendar');
    if (url.pathname.startsWith('/__test/')) return control(request, response, url.pathname);
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    if (url.pathname === '/no-answer.ics') return; // held open until the server closes
    if (url.pathname === '/stalled.ics') {
      response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
      response.write('BEGIN:VCALENDAR\r\n');
      return;
    }
    const feed = feeds.get(url.pathname) ?? { status: 404, body: 'Not Found' };
    response.writeHead(feed.status, {
      'content-type': feed.body.startsWith('BEGIN:')
        ? 'text/calendar; charset=utf-8'
        : 'text/html; charset=utf-8',
    });
    response.end(feed.body);
  });

  function control(request: http.IncomingMessage, response: http.ServerResponse, route: string) {
    if (request.method === 'GET' && route === '/__test/requests') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(Object.fromEntries(counts)));
      return;
    }
    if (request.method === 'PUT' && route.startsWith('/__test/feeds/')) {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        feeds.set(`/${route.slice('/__test/feeds/'.length)}`, { status: 200, body });
        response.writeHead(204).end();
      });
      return;
    }
    response.writeHead(404).end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  return {
    url: (feedPath) => `http://${host}:${actualPort}${feedPath}`,
    requests: (feedPath) => counts.get(feedPath) ?? 0,
    setFeed: (feedPath, body, status = 200) => feeds.set(feedPath, { status, body }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1]?.endsWith(path.join('support', 'fake-calendar.ts'))) {
  void startFakeCalendar().then((calendar) => {
    console.log(`fake calendar on ${calendar.url('/busy.ics')}`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => void calendar.close().then(() => process.exit(0)));
  });
}

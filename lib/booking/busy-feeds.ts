import 'server-only';
import { busyTimes, readICalendar, UnreadableCalendarError, type BusyCalendar } from './ical-busy';

/**
 * The therapist's busy times, read from her calendar feeds (BUSY_CALENDAR_URLS) on the server.
 *
 * - Each feed is fetched with a timeout and kept in memory, in this server process, for a few
 *   minutes (`freshForMs`): a booking page asks at most once per feed in that time, and several
 *   pages asking at once share one fetch. Each server process (or serverless instance) keeps its
 *   own copy; a new event shows on the site within that time.
 * - When any feed cannot be read (no answer, timeout, not 200, not iCalendar), the answer is
 *   `{ ok: false }` so that the page offers no time that may be taken (the request form stays).
 *   The failure is logged once, naming the feed's host only: the address of a feed is a secret
 *   that lets anyone read the calendar. It is kept for `retryAfterMs` before the next try, so a
 *   feed that is down costs one timeout per minute rather than one per visitor.
 */

export interface BusyFeedOptions {
  /** The fetch to use (tests hand in their own). */
  fetch?: typeof fetch;
  /** Milliseconds since the epoch, now. */
  now?: () => number;
  /** How long one fetch may take, body included. */
  timeoutMs?: number;
  /** How long a feed that was read is used before it is read again. */
  freshForMs?: number;
  /** How long after a failure the feed is tried again. */
  retryAfterMs?: number;
  log?: (line: string) => void;
}

export type BusyTimesResult =
  { ok: true; busy: { start: Date; end: Date }[] } | { ok: false; reason: string };

interface Window {
  start: Date;
  end: Date;
}

type Failure = { ok: false; reason: string };

type Loaded = { ok: true; calendar: BusyCalendar; laidOut?: LaidOut } | Failure;

type Busy = { start: Date; end: Date };

/** A feed's busy times over a span of time, as read in a practice's zone. */
type LaidOut = { from: number; until: number; zone: string; busy: Busy[] };

const DAY = 24 * 60 * 60_000;

/** "calendar.google.com": all that may be said of a feed's address. */
export function feedHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid address';
  }
}

export function createBusyFeedReader({
  // Looked up when called: Next.js installs its own fetch after this module may have loaded.
  fetch: fetchFeed = (input, init) => fetch(input, init),
  now = Date.now,
  timeoutMs = 5000,
  freshForMs = 5 * 60_000,
  retryAfterMs = 60_000,
  log = (line) => console.warn(line),
}: BusyFeedOptions = {}) {
  const cache = new Map<string, { until: number; loaded: Promise<Loaded> }>();

  const failed = (url: string, reason: string): Failure => {
    const message = `${feedHost(url)}: ${reason}`;
    log(`[booking] calendar feed at ${message}; no booking times are offered until it can be read`);
    return { ok: false, reason: message };
  };

  async function load(url: string): Promise<Loaded> {
    let text: string;
    try {
      const response = await fetchFeed(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { accept: 'text/calendar, */*;q=0.5' },
        cache: 'no-store',
      });
      if (!response.ok) {
        await response.body?.cancel();
        return failed(url, `answered ${response.status}`);
      }
      text = await response.text();
    } catch (error) {
      const name = (error as Error | undefined)?.name;
      return failed(
        url,
        name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'could not be reached',
      );
    }
    try {
      return { ok: true, calendar: readICalendar(text) };
    } catch (error) {
      return failed(url, (error as UnreadableCalendarError).message);
    }
  }

  function entry(url: string): Promise<Loaded> {
    const cached = cache.get(url);
    if (cached && cached.until > now()) return cached.loaded;
    const loaded = load(url);
    // Until it settles, every caller shares this fetch.
    const record = { until: Number.POSITIVE_INFINITY, loaded };
    cache.set(url, record);
    void loaded.then((result) => {
      record.until = now() + (result.ok ? freshForMs : retryAfterMs);
    });
    return loaded;
  }

  function layOut(url: string, loaded: Loaded & { ok: true }, window: Window, zone: string) {
    const from = window.start.getTime();
    const until = window.end.getTime();
    const laidOut = loaded.laidOut;
    if (laidOut && laidOut.zone === zone && laidOut.from <= from && laidOut.until >= until)
      return laidOut;
    // A day's margin on both sides: the window moves with the clock while the feed is kept.
    const wider = { from: from - DAY, until: until + DAY, zone };
    try {
      const busy = busyTimes(
        loaded.calendar,
        { start: new Date(wider.from), end: new Date(wider.until) },
        zone,
      );
      loaded.laidOut = { ...wider, busy };
      return loaded.laidOut;
    } catch (error) {
      const result = failed(url, (error as UnreadableCalendarError).message);
      cache.set(url, { until: now() + retryAfterMs, loaded: Promise.resolve(result) });
      return result;
    }
  }

  /** The busy times of every feed over the window, or why there are none to trust. */
  async function read({
    urls,
    window,
    timeZone,
  }: {
    urls: readonly string[];
    window: Window;
    /** The practice's zone: all-day and floating events are read in it. */
    timeZone: string;
  }): Promise<BusyTimesResult> {
    const feeds = await Promise.all(urls.map(async (url) => ({ url, loaded: await entry(url) })));
    const busy: Busy[] = [];
    const reasons: string[] = [];
    for (const { url, loaded } of feeds) {
      const laidOut = loaded.ok ? layOut(url, loaded, window, timeZone) : loaded;
      if ('busy' in laidOut) busy.push(...laidOut.busy);
      else reasons.push(laidOut.reason);
    }
    return reasons.length > 0 ? { ok: false, reason: reasons.join('; ') } : { ok: true, busy };
  }

  return { read };
}

export type BusyFeedReader = ReturnType<typeof createBusyFeedReader>;

/** The server's reader: its cache lives as long as the server process. */
export const busyFeeds = createBusyFeedReader();

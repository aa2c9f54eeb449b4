import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from '@/lib/env';

function problemsOf(vars: Record<string, string>): string[] {
  try {
    readEnv(vars);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('the environment, checked in one place', () => {
  it('runs with nothing configured', () => {
    const vars = readEnv({});
    expect(vars.SITE_URL).toBe('http://localhost:3000');
    expect(vars.DATA_DIR).toBe('data');
    expect(vars.RESEND_API_KEY).toBeUndefined();
    expect(vars.RESEND_TIMEOUT_MS).toBe(5000);
    expect(vars.TRUST_PROXY).toBeUndefined();
  });

  it('treats an empty value as unset, as .env files write it', () => {
    const vars = readEnv({ RESEND_API_KEY: '', PRACTICE_INBOX: ' ', RESEND_TIMEOUT_MS: '' });
    expect(vars.RESEND_API_KEY).toBeUndefined();
    expect(vars.PRACTICE_INBOX).toBeUndefined();
    expect(vars.RESEND_TIMEOUT_MS).toBe(5000);
  });

  it('names the variable of a typo instead of falling back to a default', () => {
    expect(problemsOf({ RESEND_TIMEOUT_MS: 'abc' })).toEqual([
      'RESEND_TIMEOUT_MS: must be a whole number of milliseconds, e.g. 5000',
    ]);
    expect(problemsOf({ MAIL_RETRY_BASE_MS: '-5' })).toEqual([
      'MAIL_RETRY_BASE_MS: must be more than 0',
    ]);
  });

  it('lists every wrong variable at once', () => {
    const problems = problemsOf({
      SITE_URL: 'example.com',
      PRACTICE_INBOX: 'not an address',
      RESEND_API_KEY: 'sk_live_123',
      TRUST_PROXY: 'yes',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/^SITE_URL: must be an absolute http\(s\) URL/m);
    expect(problems.join('\n')).toMatch(/^PRACTICE_INBOX: must be one e-mail address/m);
    expect(problems.join('\n')).toMatch(/^RESEND_API_KEY: must start with re_/m);
    expect(problems.join('\n')).toMatch(/^TRUST_PROXY: must be 1 or 0/m);
  });

  it('refuses a guessable CRON_SECRET and a DATABASE_URL that is not PostgreSQL', () => {
    expect(problemsOf({ CRON_SECRET: 'secret' })).toEqual([
      'CRON_SECRET: must be at least 16 characters, e.g. the output of `openssl rand -hex 32`',
    ]);
    expect(problemsOf({ DATABASE_URL: 'mysql://u:p@db.example.com/site' })).toEqual([
      'DATABASE_URL: must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/database',
    ]);
    expect(readEnv({ CRON_SECRET: ' ' }).CRON_SECRET).toBeUndefined();
  });

  it('takes a server-actions key only as Next.js can use it: base64 of 16, 24 or 32 bytes', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(
      readEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
    ).toBe(key);
    for (const wrong of ['not-a-key', Buffer.alloc(20).toString('base64'), `${key}!`]) {
      expect(problemsOf({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: wrong }), wrong).toEqual([
        'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must be a base64 AES key of 16, 24 or 32 bytes, e.g. the output of `openssl rand -base64 32`',
      ]);
    }
  });

  it('reads the values it checks', () => {
    const vars = readEnv({
      SITE_URL: 'https://moms.example.com/',
      TRUST_PROXY: '1',
      RESEND_TIMEOUT_MS: '1500',
    });
    expect(vars.SITE_URL).toBe('https://moms.example.com');
    expect(vars.TRUST_PROXY).toBe(true);
    expect(vars.RESEND_TIMEOUT_MS).toBe(1500);
  });

  it('takes a PostgreSQL URL, and names DATABASE_URL when it is something else', () => {
    expect(
      readEnv({ DATABASE_URL: 'postgres://site:pw@db.example.com:5432/leads' }).DATABASE_URL,
    ).toBe('postgres://site:pw@db.example.com:5432/leads');
    expect(readEnv({ DATABASE_URL: 'postgresql://localhost/leads' }).DATABASE_URL).toBe(
      'postgresql://localhost/leads',
    );
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    for (const wrong of [
      'mysql://localhost/leads',
      'localhost:5432',
      'postgres://',
      'file:leads.db',
    ])
      expect(problemsOf({ DATABASE_URL: wrong })).toEqual([
        'DATABASE_URL: must be a PostgreSQL URL, e.g. postgres://user:password@host:5432/database',
      ]);
  });

  it('gives up on a message after 8 attempts unless MAIL_MAX_ATTEMPTS says otherwise', () => {
    expect(readEnv({}).MAIL_MAX_ATTEMPTS).toBe(8);
    expect(readEnv({ MAIL_MAX_ATTEMPTS: '3' }).MAIL_MAX_ATTEMPTS).toBe(3);
    expect(problemsOf({ MAIL_MAX_ATTEMPTS: 'many' })).toEqual([
      'MAIL_MAX_ATTEMPTS: must be a whole number of attempts, e.g. 8',
    ]);
    expect(problemsOf({ MAIL_MAX_ATTEMPTS: '0' })).toEqual([
      'MAIL_MAX_ATTEMPTS: must be at least 1',
    ]);
  });

  it('reads the calendar feeds as a list, webcal addresses over https', () => {
    expect(readEnv({}).BUSY_CALENDAR_URLS).toEqual([]);
    expect(readEnv({ BUSY_CALENDAR_URLS: ' ' }).BUSY_CALENDAR_URLS).toEqual([]);
    expect(
      readEnv({
        BUSY_CALENDAR_URLS:
          'https://calendar.google.com/calendar/ical/a%40example.com/private-1/basic.ics, webcal://p01-caldav.icloud.com/published/2/x,',
      }).BUSY_CALENDAR_URLS,
    ).toEqual([
      'https://calendar.google.com/calendar/ical/a%40example.com/private-1/basic.ics',
      'https://p01-caldav.icloud.com/published/2/x',
    ]);
  });

  it('names a calendar feed that is no address, without repeating the secret ones', () => {
    const problems = problemsOf({
      BUSY_CALENDAR_URLS:
        'https://calendar.example.com/private-s3cret/basic.ics, calendar.example.com/private-s3cret',
    });
    expect(problems).toEqual([
      'BUSY_CALENDAR_URLS.1: must be the http(s) or webcal address of an iCalendar feed, e.g. https://calendar.google.com/calendar/ical/…/basic.ics',
    ]);
    expect(problems.join()).not.toContain('s3cret');
    expect(problemsOf({ BUSY_CALENDAR_URLS: 'ftp://files.example.com/cal.ics' })).toHaveLength(1);
  });
});

/** What the lead-capture tests inspect: the fake Resend's records and the server's SQLite file. */
import { execFile } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { e2eDataDir, e2eServerEnv, fakeResendUrl } from './e2e-env';

import type { StoredEmail as FakeEmail } from './fake-resend';

export type { FakeEmail };

export interface FakeContact {
  id: string;
  email: string;
  unsubscribed: boolean;
  segments: string[];
}

export interface FakeBroadcast {
  id: string;
  status: string;
  body: Record<string, unknown>;
}

async function fake<T>(what: string): Promise<T> {
  const response = await fetch(`${fakeResendUrl}/__test/${what}`);
  return (await response.json()) as T;
}

/** The e-mails the fake Resend accepted that concern this address (sent to it, or replying to it). */
export async function emailsAbout(address: string): Promise<FakeEmail[]> {
  const all = await fake<FakeEmail[]>('emails');
  return all.filter((e) => e.to.includes(address) || [e.reply_to].flat().includes(address));
}

export const fakeContacts = () => fake<FakeContact[]>('contacts');
export const fakeBroadcasts = () => fake<FakeBroadcast[]>('broadcasts');

/** Makes the fake Resend fail calls whose body contains `match` (and, with userAgent, only those callers'). */
export async function setResendMode(
  mode: 'ok' | 'error500' | 'timeout',
  match: string,
  userAgent?: string,
) {
  const response = await fetch(`${fakeResendUrl}/__test/mode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, match, userAgent }),
  });
  if (!response.ok) throw new Error(`fake Resend refused mode ${mode}`);
}

/** The server's database, opened read-only as the therapist's tools would. */
function db() {
  return new Database(path.join(e2eDataDir, 'leads.db'), { readonly: true, fileMustExist: true });
}

export interface StoredLead {
  id: string;
  name: string;
  email: string;
  message: string;
  in_california: string;
}

export interface StoredOutboxRow {
  purpose: string;
  status: string;
  attempts: number;
  last_error: string | null;
  resend_id: string | null;
  idempotency_key: string;
}

export function leadsWithEmail(email: string): StoredLead[] {
  const connection = db();
  try {
    return connection.prepare('SELECT * FROM leads WHERE email = ?').all(email) as StoredLead[];
  } finally {
    connection.close();
  }
}

export function outboxOfLead(leadId: string): StoredOutboxRow[] {
  const connection = db();
  try {
    return connection
      .prepare('SELECT * FROM outbox WHERE lead_id = ? ORDER BY purpose')
      .all(leadId) as StoredOutboxRow[];
  } finally {
    connection.close();
  }
}

export function subscriberStatus(email: string): string | undefined {
  const connection = db();
  try {
    return (
      connection.prepare('SELECT status FROM subscribers WHERE email = ?').get(email) as
        { status: string } | undefined
    )?.status;
  } finally {
    connection.close();
  }
}

/** An address no other test uses, so parallel tests and earlier runs never mix. */
export function uniqueEmail(who = 'jane'): string {
  return `${who}+${randomUUID().slice(0, 8)}@example.com`;
}

/** Each test comes from its own address, so the rate limit (5 per 10 minutes) never spills over. */
export async function actAsNewClient(page: Page): Promise<string> {
  const ip = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': ip });
  return ip;
}

const run = promisify(execFile);

/** Runs `npm run <script> -- args` with the server's environment; resolves with its output and exit code. */
export async function npmRun(
  script: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', script, '--', ...args], {
      env: { ...process.env, ...e2eServerEnv },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

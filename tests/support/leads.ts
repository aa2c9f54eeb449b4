/** What the lead-capture tests inspect: the fake Resend's records and the server's database. */
import { execFile } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, type Page } from '@playwright/test';
import { openDatabase, type Db, type Lead, type OutboxRow } from '@/lib/db';
import { findLeads } from '@/lib/db/leads';
import { outboxRows } from '@/lib/db/outbox';
import { findSubscriber } from '@/lib/db/subscribers';
import {
  e2eDataDir,
  e2ePostgresServerEnv,
  e2ePostgresUrl,
  e2eServerEnv,
  fakeResendUrl,
} from './e2e-env';

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
  mode: 'ok' | 'error500' | 'error422' | 'timeout',
  match: string,
  userAgent?: string,
  { forMs, url = fakeResendUrl }: { forMs?: number; url?: string } = {},
) {
  const response = await fetch(`${url}/__test/mode`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, match, userAgent, forMs }),
  });
  if (!response.ok) throw new Error(`fake Resend refused mode ${mode}`);
}

/**
 * The database of the server the running test's project talks to (SQLite, or PostgreSQL), or the
 * SQLite database in `dataDir` for a test that runs a server of its own.
 */
export function serverDatabase(dataDir?: string): Promise<Db> {
  if (dataDir) return openDatabase({ engine: 'sqlite', file: path.join(dataDir, 'leads.db') });
  return openDatabase(
    test.info().project.name === 'postgres'
      ? { engine: 'postgres', url: e2ePostgresUrl }
      : { engine: 'sqlite', file: path.join(e2eDataDir, 'leads.db') },
  );
}

/** The environment of the server the running test's project talks to (for the command-line tools). */
export function serverEnv(): Record<string, string> {
  return test.info().project.name === 'postgres' ? e2ePostgresServerEnv : e2eServerEnv;
}

export type StoredLead = Lead;
export type StoredOutboxRow = OutboxRow;

export async function leadsWithEmail(email: string, dataDir?: string): Promise<StoredLead[]> {
  return findLeads(await serverDatabase(dataDir), { email });
}

export async function outboxOfLead(leadId: string, dataDir?: string): Promise<StoredOutboxRow[]> {
  return outboxRows(await serverDatabase(dataDir), { leadId });
}

export async function subscriberStatus(email: string): Promise<string | undefined> {
  return (await findSubscriber(await serverDatabase(), email))?.status;
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

/** Runs `npm run <script> -- args` with the environment of the test's server (its database); resolves with its output and exit code. */
export async function npmRun(
  script: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', script, '--', ...args], {
      env: { ...process.env, ...serverEnv() },
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

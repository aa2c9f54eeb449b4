import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { env } from '@/lib/env';

/**
 * The one SQLite database (WAL mode) that holds leads, newsletter subscribers, the mail outbox and
 * rate-limit hits. It lives in DATA_DIR (default ./data), created on first use. No `server-only`
 * here: the command-line tools in scripts/ open the same file.
 */

export function dataDir(): string {
  // Chosen at run time; the ignore comment keeps Turbopack from tracing the whole project into the build.
  return path.resolve(/* turbopackIgnore: true */ env().DATA_DIR);
}

export function databasePath(): string {
  return path.join(dataDir(), 'leads.db');
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  contact_method TEXT NOT NULL,
  best_time TEXT NOT NULL DEFAULT '',
  interest TEXT NOT NULL,
  session_format TEXT NOT NULL,
  in_california TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  consent_at TEXT NOT NULL,
  client_token TEXT UNIQUE,
  fingerprint TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS leads_fingerprint ON leads (fingerprint, created_at);

CREATE TABLE IF NOT EXISTS subscribers (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
  confirm_nonce TEXT,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  unsubscribed_at TEXT
);

CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  operation TEXT NOT NULL CHECK (operation IN ('email', 'contact', 'contact-unsubscribe')),
  purpose TEXT NOT NULL,
  lead_id TEXT REFERENCES leads (id),
  subscriber_id TEXT REFERENCES subscribers (id),
  payload TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  resend_id TEXT,
  created_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  claimed_until TEXT,
  sent_at TEXT
);
CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (status, next_attempt_at);

CREATE TABLE IF NOT EXISTS rate_limit_hits (
  bucket TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rate_limit_bucket ON rate_limit_hits (bucket, at);

CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

const globalForDb = globalThis as typeof globalThis & {
  __leadsDb?: Map<string, Database.Database>;
};

/** The open database for the current DATA_DIR (one connection per process and file). */
export function getDb(): Database.Database {
  const file = databasePath();
  globalForDb.__leadsDb ??= new Map();
  const open = globalForDb.__leadsDb.get(file);
  if (open?.open) return open;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  globalForDb.__leadsDb.set(file, db);
  return db;
}

export function nowIso(date = new Date()): string {
  return date.toISOString();
}

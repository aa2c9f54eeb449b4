import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { env, type Env } from '@/lib/env';
import { ImmediateSqliteDialect } from './engine';
import { migrateToLatest } from './migrations';
import type { Tables } from './schema';

/**
 * The one database of the site: requests, sign-ups, the outbox, rate-limit hits and settings.
 * SQLite in DATA_DIR/leads.db (WAL) with nothing to configure; PostgreSQL when DATABASE_URL is set,
 * and then no file is written. Opened once per process, upgraded to the latest schema on opening.
 * No `server-only` here: the command-line tools in scripts/ open the same database.
 */

export type DatabaseConfig =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export type Db = Kysely<Tables>;

export function dataDir(vars: Env = env()): string {
  // Chosen at run time; the ignore comment keeps Turbopack from tracing the whole project into the build.
  return path.resolve(/* turbopackIgnore: true */ vars.DATA_DIR);
}

export function databasePath(vars: Env = env()): string {
  return path.join(dataDir(vars), 'leads.db');
}

/** Where the environment says the data lives. */
export function configuredDatabase(vars: Env = env()): DatabaseConfig {
  return vars.DATABASE_URL
    ? { engine: 'postgres', url: vars.DATABASE_URL }
    : { engine: 'sqlite', file: databasePath(vars) };
}

/** For messages and logs: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseLabel(config: DatabaseConfig = configuredDatabase()): string {
  if (config.engine === 'sqlite') return config.file;
  return withoutPassword(config.url);
}

export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://…';
  }
}

const keyOf = (config: DatabaseConfig) =>
  config.engine === 'sqlite' ? `sqlite:${config.file}` : `postgres:${config.url}`;

// On globalThis: Next.js loads this module in more than one bundle, and one pool per process is enough.
const globalForDb = globalThis as typeof globalThis & {
  __siteDatabases?: Map<string, Promise<Db>>;
};
const open = () => (globalForDb.__siteDatabases ??= new Map());

async function connect(config: DatabaseConfig): Promise<Db> {
  if (config.engine === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: config.url,
      max: 10,
      // count(*) and the rate limit's millisecond times are bigints: read them as numbers.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === pg.types.builtins.INT8
            ? (value: string) => Number(value)
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection dropped by the server must not take the process down; the next query reconnects.
    pool.on('error', (error) => console.error('[db] PostgreSQL connection lost:', error.message));
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  const { default: Database } = await import('better-sqlite3');
  fs.mkdirSync(path.dirname(config.file), { recursive: true });
  const file = new Database(config.file);
  try {
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    file.pragma('foreign_keys = ON');
  } catch (error) {
    // A file that is not a database: close it, so each failed health check does not keep a handle.
    file.close();
    throw error;
  }
  return new Kysely<Tables>({ dialect: new ImmediateSqliteDialect(file) });
}

/** Opens (once per process) and upgrades the database `config` names. */
export function openDatabase(config: DatabaseConfig): Promise<Db> {
  const key = keyOf(config);
  const cached = open().get(key);
  if (cached) return cached;
  const opening = (async () => {
    const db = await connect(config);
    try {
      await migrateToLatest(db);
      return db;
    } catch (error) {
      await db.destroy().catch(() => {});
      throw error;
    }
  })();
  open().set(key, opening);
  // A failure (PostgreSQL not reachable yet) is not cached: the next call tries again.
  opening.catch(() => {
    if (open().get(key) === opening) open().delete(key);
  });
  return opening;
}

/** The database the environment names (DATABASE_URL, else DATA_DIR/leads.db). */
export function database(): Promise<Db> {
  return openDatabase(configuredDatabase());
}

/** Closes every database this process opened (the tools before they exit, the tests between runs). */
export async function closeDatabases(): Promise<void> {
  const all = [...open().values()];
  open().clear();
  await Promise.all(all.map(async (opening) => (await opening.catch(() => null))?.destroy()));
}

/** Resolves when the database answers a trivial query (the health check); throws with the reason when not. */
export async function pingDatabase(): Promise<void> {
  await sql`select 1`.execute(await database());
}

import type BetterSqlite3 from 'better-sqlite3';
import {
  PostgresAdapter,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Kysely,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import { CompiledQuery } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** True for a PostgreSQL database (or a transaction on one): the few queries that differ ask this. */
export function isPostgres(db: Pick<Kysely<unknown>, 'getExecutor'>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Kysely's SQLite driver begins a deferred transaction. Ours begin IMMEDIATE: the write lock is
 * taken at BEGIN, so a transaction that reads and then writes (a duplicate check, a rate limit, an
 * outbox claim) never finds the file changed under it by another process (the server and a
 * command-line tool, or two servers on one volume). Within one process Kysely already runs one
 * transaction at a time over its single connection.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite runs DDL inside transactions, so the migrations of one upgrade commit together or not at all. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * The file, with each statement compiled once: Kysely asks better-sqlite3 to prepare every query
 * it runs, and compiling the SQL again each time was a tenth of a consultation request's database
 * time. The site runs a few dozen distinct statements; the cache is emptied should it ever hold
 * more than STATEMENT_CACHE_SIZE (say, `in` lists of many lengths).
 */
const STATEMENT_CACHE_SIZE = 500;

function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(database: BetterSqlite3.Database) {
    const config = { database: withStatementCache(database) };
    super(config);
    this.#config = config;
  }

  override createDriver() {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
}

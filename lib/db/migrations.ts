import { randomUUID } from 'node:crypto';
import { Migrator, sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import { isPostgres } from './engine';

/**
 * The schema's history, oldest first. Each database records the migrations it has run (Kysely's
 * `kysely_migration` table) and runs the missing ones when it is opened, in one transaction on both
 * engines, so a database in use is upgraded in place with its rows. Never edit a migration that has
 * shipped: add the next one.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration runs against the schema of its own time, not today's `Tables` */
type AnyDb = Kysely<any>;

/** What the outbox's two CHECK constraints allow, as each migration left them. */
interface OutboxChecks {
  statuses: RawBuilder<unknown>;
  operations: RawBuilder<unknown>;
}

/** The operations of migrations 1 and 2: an e-mail, a Resend contact to add or to unsubscribe. */
const operationsV1 = sql`operation IN ('email', 'contact', 'contact-unsubscribe')`;

/**
 * The outbox table as migrations 1 to 3 create it; only what its CHECKs allow differs. A later
 * change to the outbox's columns goes into a new migration, never into this helper.
 */
async function createOutboxTable(
  db: AnyDb,
  name: string,
  { ifNotExists, statuses, operations }: { ifNotExists: boolean } & OutboxChecks,
) {
  const postgres = isPostgres(db);
  await db.schema
    .createTable(name)
    .$call((table) => (ifNotExists ? table.ifNotExists() : table))
    .addColumn('id', postgres ? 'serial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('operation', 'text', (c) => c.notNull().check(operations))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('lead_id', 'text', (c) => c.references('leads.id'))
    .addColumn('subscriber_id', 'text', (c) => c.references('subscribers.id'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(statuses))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('resend_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .execute();
}

/**
 * 1: the schema of the release before migrations, table for table. `IF NOT EXISTS` throughout: a
 * `leads.db` written by that release already has these tables and keeps them, with their rows.
 */
const initialSchema: Migration = {
  async up(db: AnyDb) {
    const postgres = isPostgres(db);
    await db.schema
      .createTable('leads')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('contact_method', 'text', (c) => c.notNull())
      .addColumn('best_time', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('interest', 'text', (c) => c.notNull())
      .addColumn('session_format', 'text', (c) => c.notNull())
      .addColumn('in_california', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('consent_at', 'text', (c) => c.notNull())
      .addColumn('client_token', 'text', (c) => c.unique())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('leads_fingerprint')
      .ifNotExists()
      .on('leads')
      .columns(['fingerprint', 'created_at'])
      .execute();

    await db.schema
      .createTable('subscribers')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status IN ('pending', 'confirmed', 'unsubscribed')`),
      )
      .addColumn('confirm_nonce', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'text')
      .addColumn('unsubscribed_at', 'text')
      .execute();

    await createOutboxTable(db, 'outbox', {
      ifNotExists: true,
      statuses: sql`status IN ('pending', 'sent')`,
      operations: operationsV1,
    });
    await db.schema
      .createIndex('outbox_pending')
      .ifNotExists()
      .on('outbox')
      .columns(['status', 'next_attempt_at'])
      .execute();

    await db.schema
      .createTable('rate_limit_hits')
      .ifNotExists()
      .addColumn('bucket', 'text', (c) => c.notNull())
      // Milliseconds since the epoch: past 32 bits, so a bigint on PostgreSQL.
      .addColumn('at', postgres ? 'bigint' : 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rate_limit_bucket')
      .ifNotExists()
      .on('rate_limit_hits')
      .columns(['bucket', 'at'])
      .execute();

    await db.schema
      .createTable('settings')
      .ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};

const outboxColumns = [
  'id',
  'operation',
  'purpose',
  'lead_id',
  'subscriber_id',
  'payload',
  'idempotency_key',
  'status',
  'attempts',
  'last_error',
  'resend_id',
  'created_at',
  'next_attempt_at',
  'claimed_until',
  'sent_at',
] as const;

/**
 * 2: an outbox row can be given up on ('failed', after MAIL_MAX_ATTEMPTS or an error no retry can
 * fix), and the rows of one request or sign-up are found by index. On SQLite the outbox is rebuilt
 * with the new rule (rebuildSqliteOutbox).
 */
const outboxFailedStatus: Migration = {
  async up(db: AnyDb) {
    if (isPostgres(db)) {
      await sql`ALTER TABLE outbox DROP CONSTRAINT outbox_status_check`.execute(db);
      await sql`ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'failed'))`.execute(
        db,
      );
    } else {
      await rebuildSqliteOutbox(
        db,
        { statuses: sql`status IN ('pending', 'sent', 'failed')`, operations: operationsV1 },
        ['outbox_pending'],
      );
    }
    await db.schema.createIndex('outbox_lead').on('outbox').column('lead_id').execute();
    await db.schema.createIndex('outbox_subscriber').on('outbox').column('subscriber_id').execute();
  },
};

const outboxIndexes = {
  outbox_pending: ['status', 'next_attempt_at'],
  outbox_lead: ['lead_id'],
  outbox_subscriber: ['subscriber_id'],
} as const;

/**
 * SQLite cannot change a CHECK constraint in place, so the outbox is rebuilt (SQLite's documented
 * 12-step procedure, inside the migration's transaction): a new table with the new rules, every row
 * copied with its id, the old table dropped, the new one renamed, its indexes made again, and
 * AUTOINCREMENT's high-water mark carried over so no id is ever handed out twice. Nothing
 * references the outbox, so foreign keys stay on throughout.
 */
async function rebuildSqliteOutbox(
  db: AnyDb,
  checks: OutboxChecks,
  indexes: (keyof typeof outboxIndexes)[],
) {
  const sequence = await db
    .selectFrom('sqlite_sequence')
    .select('seq')
    .where('name', '=', 'outbox')
    .executeTakeFirst();
  await createOutboxTable(db, 'outbox_rebuilt', { ifNotExists: false, ...checks });
  await db
    .insertInto('outbox_rebuilt')
    .columns([...outboxColumns])
    .expression(db.selectFrom('outbox').select([...outboxColumns]))
    .execute();
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_rebuilt').renameTo('outbox').execute();
  for (const index of indexes) {
    await db.schema
      .createIndex(index)
      .on('outbox')
      .columns([...outboxIndexes[index]])
      .execute();
  }
  if (sequence) {
    // The copy set the mark to the highest id left; deleted rows may have gone higher.
    await db.deleteFrom('sqlite_sequence').where('name', '=', 'outbox').execute();
    await db
      .insertInto('sqlite_sequence')
      .values({
        name: 'outbox',
        seq: sql`max(${sequence.seq}, coalesce((SELECT max(id) FROM outbox), 0))`,
      })
      .execute();
  }
}

/**
 * 3: unsubscribing deletes (the privacy policy). The outbox takes a new operation, removing a
 * Resend contact; every reader who had unsubscribed before (her contact only marked unsubscribed
 * in Resend) gets that removal queued now, and the daily purge deletes her once it is sent.
 */
const outboxContactRemove: Migration = {
  async up(db: AnyDb) {
    const operations = sql`operation IN ('email', 'contact', 'contact-unsubscribe', 'contact-remove')`;
    if (isPostgres(db)) {
      await sql`ALTER TABLE outbox DROP CONSTRAINT outbox_operation_check`.execute(db);
      await sql`ALTER TABLE outbox ADD CONSTRAINT outbox_operation_check CHECK (${operations})`.execute(
        db,
      );
    } else {
      await rebuildSqliteOutbox(
        db,
        { statuses: sql`status IN ('pending', 'sent', 'failed')`, operations },
        ['outbox_pending', 'outbox_lead', 'outbox_subscriber'],
      );
    }
    const unsubscribed = await db
      .selectFrom('subscribers')
      .select(['id', 'email'])
      .where('status', '=', 'unsubscribed')
      .where('confirmed_at', 'is not', null)
      .execute();
    const now = new Date().toISOString();
    for (const { id, email } of unsubscribed as { id: string; email: string }[]) {
      await db
        .insertInto('outbox')
        .values({
          operation: 'contact-remove',
          purpose: 'newsletter-remove',
          subscriber_id: id,
          payload: JSON.stringify({ email }),
          idempotency_key: `newsletter-remove-${randomUUID()}`,
          created_at: now,
          next_attempt_at: now,
        })
        .execute();
    }
  },
};

/**
 * 4: consultations booked on /consultation. One slot is held by one booking at most: a unique
 * index on the start of every booking still booked (a partial index, the same on both engines),
 * so two mothers choosing the same time at once cannot both have it, whatever the code above it.
 */
const bookings: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('bookings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('booked', 'cancelled')`))
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('reminder_queued_at', 'text')
      .execute();
    await db.schema
      .createIndex('bookings_one_per_slot')
      .unique()
      .on('bookings')
      .column('start_at')
      .where(sql<boolean>`status = 'booked'`)
      .execute();
    await db.schema.createIndex('bookings_start').on('bookings').column('start_at').execute();
    await db.schema.createIndex('bookings_lead').on('bookings').column('lead_id').execute();
  },
};

/** Named so they sort in order; Kysely runs the ones a database has not recorded yet. */
export const migrations: Record<string, Migration> = {
  '0001_initial_schema': initialSchema,
  '0002_outbox_failed_status': outboxFailedStatus,
  '0003_outbox_contact_remove': outboxContactRemove,
  '0004_bookings': bookings,
};

/** Brings a database up to the latest schema; throws with the first failing migration's error. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      `The database could not be upgraded${failed ? ` (migration ${failed})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/** The migrations a database has recorded, oldest first (what `npm run leads` and the tests show). */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
}

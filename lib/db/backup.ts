import fs from 'node:fs';
import path from 'node:path';
import { withoutPassword, type DatabaseConfig } from './connection';

export type BackupResult =
  { engine: 'sqlite'; file: string; bytes: number } | { engine: 'postgres'; command: string };

/** leads-2026-01-31T09-30-00Z: sorts by time, and is a valid file name everywhere. */
export function backupStamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/**
 * SQLite: a consistent copy of the database while the site keeps writing to it (SQLite's online
 * backup API, through a second connection), into `destination` or DATA_DIR/backups/leads-<time>.db.
 * PostgreSQL: the `pg_dump` command that makes one, with the URL's password left out (pg_dump reads
 * it from PGPASSWORD or ~/.pgpass).
 */
export async function backupDatabase(
  config: DatabaseConfig,
  { destination, now = new Date() }: { destination?: string; now?: Date } = {},
): Promise<BackupResult> {
  const name = `leads-${backupStamp(now)}`;
  if (config.engine === 'postgres') {
    const file = destination ?? `${name}.dump`;
    const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
    return {
      engine: 'postgres',
      command: `pg_dump --format=custom --no-owner --file=${quote(file)} ${quote(withoutPassword(config.url))}`,
    };
  }
  if (!fs.existsSync(config.file))
    throw new Error(`There is no database to back up yet at ${config.file}.`);
  const file = path.resolve(
    destination ?? path.join(path.dirname(config.file), 'backups', `${name}.db`),
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { default: Database } = await import('better-sqlite3');
  const source = new Database(config.file, { fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return { engine: 'sqlite', file, bytes: fs.statSync(file).size };
}

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The newsletter secret the old release generated into DATA_DIR (the fixture's links are signed with it). */
export const oldReleaseNewsletterSecret = 'v0-secret-generated-by-the-old-release';

/**
 * Writes DATA_DIR/leads.db as the release before versioned migrations left it: its schema and
 * rows from tests/fixtures/leads-db-v0.sql, in WAL mode, and its newsletter-secret file.
 */
export function writeOldReleaseDatabase(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'leads.db');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(fs.readFileSync(path.resolve('tests/fixtures/leads-db-v0.sql'), 'utf8'));
  } finally {
    db.close();
  }
  fs.writeFileSync(path.join(dataDir, 'newsletter-secret'), oldReleaseNewsletterSecret);
  return file;
}

/**
 * npm run backup                  SQLite: a consistent copy of the database, made while the site runs,
 *                                 into DATA_DIR/backups/leads-<time>.db
 * npm run backup -- <file>        the same, into <file>
 * With DATABASE_URL (PostgreSQL): prints the pg_dump command that makes the backup.
 */
import './lib/env';
import { configuredDatabase } from '@/lib/db';
import { backupDatabase } from '@/lib/db/backup';

const destination = process.argv.slice(2).find((arg) => !arg.startsWith('--'));

backupDatabase(configuredDatabase(), { destination }).then(
  (result) => {
    if (result.engine === 'sqlite') {
      console.log(`Backed up to ${result.file} (${Math.round(result.bytes / 1024)} KB).`);
      console.log(
        'Keep a copy off this machine too. To restore: stop the site, put the copy in place of DATA_DIR/leads.db.',
      );
    } else {
      console.log(
        'The data is in PostgreSQL: back it up with pg_dump (password from PGPASSWORD or ~/.pgpass):',
      );
      console.log(`  ${result.command}`);
      console.log('Restore with pg_restore --clean --no-owner --dbname=<url> <file>.');
    }
  },
  (error: unknown) => {
    console.error(`Not backed up: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

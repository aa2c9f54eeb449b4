/**
 * npm run leads            consultation requests and newsletter sign-ups, as a table
 * npm run leads -- --json  the same as a JSON array
 * npm run leads -- --csv   the same as CSV, ready for a spreadsheet (npm run -s leads -- --csv > leads.csv)
 * npm run leads -- --purge deletes now what the privacy policy no longer keeps (the server does it daily)
 * Works on the SQLite file in DATA_DIR, or on PostgreSQL when DATABASE_URL is set.
 */
import './lib/env';
import { closeDatabases, databaseLabel } from '@/lib/db';
import { leadReport, toCsv } from '@/lib/leads/report';
import { purgeExpired, retentionDays } from '@/lib/leads/retention';

const args = process.argv.slice(2);

async function main() {
  if (args.includes('--purge')) {
    const { leads, signUps, unsubscribed } = await purgeExpired();
    console.log(
      `Deleted ${leads} consultation request(s) older than ${retentionDays.consultation} days, ${signUps} sign-up(s) unconfirmed for ${retentionDays.unconfirmedSignUp} days and ${unsubscribed} unsubscribed address(es) Resend no longer has (${databaseLabel()}).`,
    );
    return;
  }
  const rows = await leadReport();
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else if (args.includes('--csv')) {
    process.stdout.write(toCsv(rows));
  } else if (rows.length === 0) {
    console.log(`No consultation requests or sign-ups yet (${databaseLabel()}).`);
  } else {
    const clip = (text: string, width: number) =>
      text.length > width ? `${text.slice(0, width - 1)}…` : text;
    const problem = (r: (typeof rows)[number]) =>
      clip(r.mail.find((m) => m.lastError)?.lastError ?? 'not tried yet', 40);
    console.table(
      rows.map((r) => ({
        received: r.createdAt.replace('T', ' ').slice(0, 16),
        kind: r.kind,
        name: clip(r.name, 24),
        email: clip(r.email, 32),
        status: r.status,
        delivery:
          r.delivery === 'failed'
            ? `FAILED (${problem(r)})`
            : r.delivery === 'pending'
              ? `pending (${problem(r)})`
              : r.delivery,
      })),
    );
    const pending = rows.filter((r) => r.delivery === 'pending').length;
    const failed = rows.filter((r) => r.delivery === 'failed').length;
    console.log(
      [
        `${rows.length} in ${databaseLabel()}`,
        pending ? `${pending} with mail still pending (npm run mail:retry sends it now)` : '',
        failed
          ? `${failed} with mail that FAILED and is no longer retried (npm run mail:retry -- --failed sends it again)`
          : '',
      ]
        .filter(Boolean)
        .join('; ') + '.',
    );
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(closeDatabases);

/**
 * npm run leads            consultation requests and newsletter sign-ups, as a table
 * npm run leads -- --json  the same as a JSON array
 * npm run leads -- --csv   the same as CSV, ready for a spreadsheet (npm run -s leads -- --csv > leads.csv)
 * npm run leads -- --purge deletes now what the privacy policy no longer keeps (the server does it daily)
 */
import './lib/env';
import { databasePath } from '@/lib/db';
import { leadReport, toCsv } from '@/lib/leads/report';
import { purgeExpired, retentionDays } from '@/lib/leads/retention';

const args = process.argv.slice(2);
const rows = args.includes('--purge') ? [] : leadReport();

if (args.includes('--purge')) {
  const { leads, signUps } = purgeExpired();
  console.log(
    `Deleted ${leads} consultation request(s) older than ${retentionDays.consultation} days and ${signUps} sign-up(s) unconfirmed for ${retentionDays.unconfirmedSignUp} days (${databasePath()}).`,
  );
} else if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else if (args.includes('--csv')) {
  process.stdout.write(toCsv(rows));
} else if (rows.length === 0) {
  console.log(`No consultation requests or sign-ups yet (${databasePath()}).`);
} else {
  const clip = (text: string, width: number) =>
    text.length > width ? `${text.slice(0, width - 1)}…` : text;
  console.table(
    rows.map((r) => ({
      received: r.createdAt.replace('T', ' ').slice(0, 16),
      kind: r.kind,
      name: clip(r.name, 24),
      email: clip(r.email, 32),
      status: r.status,
      delivery:
        r.delivery === 'pending'
          ? `pending (${clip(r.mail.find((m) => m.lastError)?.lastError ?? 'not tried yet', 40)})`
          : r.delivery,
    })),
  );
  const pending = rows.filter((r) => r.delivery === 'pending').length;
  console.log(
    `${rows.length} in ${databasePath()}${pending ? `; ${pending} with mail still pending (npm run mail:retry sends it)` : ''}.`,
  );
}

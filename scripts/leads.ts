/**
 * npm run leads            consultation requests and newsletter sign-ups, as a table
 * npm run leads -- --json  the same as a JSON array
 * npm run leads -- --csv   the same as CSV, ready for a spreadsheet (npm run -s leads -- --csv > leads.csv)
 * npm run leads -- --upcoming  the consultations booked from now on, soonest first
 * npm run leads -- --purge deletes now what the privacy policy no longer keeps (the server does it daily)
 * Works on the SQLite file in DATA_DIR, or on PostgreSQL when DATABASE_URL is set.
 */
import './lib/env';
import { closeDatabases, database, databaseLabel } from '@/lib/db';
import { formatSlot } from '@/lib/booking/format';
import { listBookings } from '@/lib/db/bookings';
import { practice } from '@/lib/practice';
import { leadReport, toCsv } from '@/lib/leads/report';
import { purgeExpired, retentionDays } from '@/lib/leads/retention';

const args = process.argv.slice(2);

/** The practice's zone, where the booked times are written out. */
const timeZone = practice.booking?.timeZone ?? 'America/Los_Angeles';
const timeOf = (slot: { start: string; end: string }) => formatSlot(slot, timeZone);

async function upcoming() {
  const bookings = await listBookings(await database(), { from: new Date() });
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(bookings, null, 2)}\n`);
    return;
  }
  if (bookings.length === 0) {
    console.log(`No consultations booked from now on (${databaseLabel()}).`);
    return;
  }
  console.table(
    bookings.map((b) => ({
      time: timeOf({ start: b.start_at, end: b.end_at }),
      name: b.name,
      email: b.email,
      phone: b.phone,
      format: b.session_format,
    })),
  );
  console.log(`${bookings.length} consultation(s) ahead in ${databaseLabel()}.`);
}

async function main() {
  if (args.includes('--purge')) {
    const { leads, signUps, unsubscribed } = await purgeExpired();
    console.log(
      `Deleted ${leads} consultation request(s) older than ${retentionDays.consultation} days, ${signUps} sign-up(s) unconfirmed for ${retentionDays.unconfirmedSignUp} days and ${unsubscribed} unsubscribed address(es) Resend no longer has (${databaseLabel()}).`,
    );
    return;
  }
  if (args.includes('--upcoming')) return upcoming();
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
        ...(rows.some((row) => row.booking)
          ? { 'consultation time': r.booking ? timeOf(r.booking) : '' }
          : {}),
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

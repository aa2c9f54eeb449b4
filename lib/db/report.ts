import type { Db } from './connection';

/** What `npm run leads` lists: every request (with its booking) and sign-up, and every outbox row with its owner. */
export async function reportRows(db: Db) {
  const [leads, subscribers, mail, bookings] = await Promise.all([
    db.selectFrom('leads').select(['id', 'name', 'email', 'created_at']).execute(),
    db.selectFrom('subscribers').select(['id', 'email', 'status', 'created_at']).execute(),
    db
      .selectFrom('outbox')
      .select([
        'lead_id',
        'subscriber_id',
        'purpose',
        'status',
        'attempts',
        'last_error',
        'resend_id',
      ])
      .orderBy('id')
      .execute(),
    db
      .selectFrom('bookings')
      .select(['lead_id', 'start_at', 'end_at', 'status'])
      .orderBy('created_at')
      .execute(),
  ]);
  return { leads, subscribers, mail, bookings };
}

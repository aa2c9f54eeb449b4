import type { Db } from './connection';

/** What `npm run leads` lists: every request and sign-up, and every outbox row with its owner. */
export async function reportRows(db: Db) {
  const [leads, subscribers, mail] = await Promise.all([
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
  ]);
  return { leads, subscribers, mail };
}

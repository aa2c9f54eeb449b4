import type { Db } from './connection';
import { writeTransaction } from './transaction';

export interface PurgeCutoffs {
  /** Consultation requests created before this are deleted, with their bookings and outbox rows. */
  leadsBefore: Date;
  /** Sign-ups still pending, created and last mailed before this, are deleted with their rows. */
  unconfirmedSignUpsBefore: Date;
  /** Rate-limit hits older than this count for nothing any more. */
  rateLimitHitsBefore: Date;
}

export interface PurgeResult {
  leads: number;
  signUps: number;
  /** Unsubscribed readers deleted once Resend no longer had them. */
  unsubscribed: number;
  mail: number;
}

/** Deletes what the retention policy (lib/leads/retention.ts) no longer keeps, in one transaction. */
export function purgeRows(db: Db, cutoffs: PurgeCutoffs): Promise<PurgeResult> {
  const leadCutoff = cutoffs.leadsBefore.toISOString();
  const signUpCutoff = cutoffs.unconfirmedSignUpsBefore.toISOString();
  return writeTransaction(db, async (trx) => {
    // Pending, first asked for before the cutoff, and not asked for again since.
    const staleSignUps = trx
      .selectFrom('subscribers as s')
      .select('s.id')
      .where('s.status', '=', 'pending')
      .where('s.created_at', '<', signUpCutoff)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('outbox as o')
              .select('o.id')
              .whereRef('o.subscriber_id', '=', 's.id')
              .where('o.created_at', '>=', signUpCutoff),
          ),
        ),
      );
    const oldLeads = trx.selectFrom('leads').select('id').where('created_at', '<', leadCutoff);
    // Unsubscribed, and gone from Resend: the removal of her contact was sent, or she never had
    // one (she never confirmed). While a removal waits or has failed, the address stays.
    const unsubscribedIds = (
      await trx
        .selectFrom('subscribers as s')
        .select('s.id')
        .where('s.status', '=', 'unsubscribed')
        .where(({ and, or, not, exists, eb, selectFrom }) => {
          const removals = selectFrom('outbox as o')
            .select('o.id')
            .whereRef('o.subscriber_id', '=', 's.id')
            .where('o.operation', '=', 'contact-remove');
          return and([
            not(exists(removals.where('o.status', '<>', 'sent'))),
            or([eb('s.confirmed_at', 'is', null), exists(removals.where('o.status', '=', 'sent'))]),
          ]);
        })
        .execute()
    ).map((row) => row.id);
    const mail = await trx
      .deleteFrom('outbox')
      .where((eb) =>
        eb.or([
          eb('lead_id', 'in', oldLeads),
          eb('subscriber_id', 'in', staleSignUps),
          ...(unsubscribedIds.length ? [eb('subscriber_id', 'in', unsubscribedIds)] : []),
        ]),
      )
      .executeTakeFirst();
    // A booking goes with its request.
    await trx.deleteFrom('bookings').where('lead_id', 'in', oldLeads).execute();
    const leads = await trx
      .deleteFrom('leads')
      .where('created_at', '<', leadCutoff)
      .executeTakeFirst();
    const signUps = await trx
      .deleteFrom('subscribers')
      .where('id', 'in', staleSignUps)
      .executeTakeFirst();
    const unsubscribed = unsubscribedIds.length
      ? Number(
          (
            await trx
              .deleteFrom('subscribers')
              .where('id', 'in', unsubscribedIds)
              .executeTakeFirst()
          ).numDeletedRows,
        )
      : 0;
    await trx
      .deleteFrom('rate_limit_hits')
      .where('at', '<', cutoffs.rateLimitHitsBefore.getTime())
      .execute();
    return {
      leads: Number(leads.numDeletedRows),
      signUps: Number(signUps.numDeletedRows),
      unsubscribed,
      mail: Number(mail.numDeletedRows),
    };
  });
}

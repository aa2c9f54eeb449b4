/**
 * Facts the privacy policy and the terms state. Change the date whenever either page changes in
 * substance (CalOPPA asks for an effective date); the therapist should review both before launch.
 */
export const legalEffectiveDate = '2026-11-26';

/**
 * How long what the forms collect is kept: the privacy policy's promise, in one place
 * (lib/leads/retention.ts carries it out).
 */
export const retention = {
  consultation: 'for up to 12 months after our last contact, unless you become a client',
  newsletter: 'for as long as you stay subscribed; unsubscribing removes you from the mailing list',
  unconfirmedNewsletter:
    'a sign-up that is never confirmed is not added to the mailing list and is deleted after 30 days',
};

/** "November 25, 2026" */
export function formatLegalDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

import { env } from '@/lib/env';
import { practice } from '@/lib/practice';

/** Mail settings from the environment, read when used (the command-line tools share them). */
export function mailConfig() {
  const vars = env();
  return {
    apiKey: vars.RESEND_API_KEY ?? '',
    from: vars.RESEND_FROM ?? `${practice.practiceName} <onboarding@resend.dev>`,
    /** Where consultation requests go: PRACTICE_INBOX, else the practice's e-mail from its settings. */
    practiceInbox: vars.PRACTICE_INBOX ?? practice.contact.email,
    /** The Resend segment (or legacy audience) newsletter contacts join and broadcasts go to. */
    segmentId: vars.RESEND_SEGMENT_ID ?? '',
    audienceId: vars.RESEND_AUDIENCE_ID ?? '',
    /** How long one call to Resend may take before it counts as failed and is retried later. */
    timeoutMs: vars.RESEND_TIMEOUT_MS,
    /** The pause before a failed message is tried again: doubling from base up to max. */
    retryBaseMs: vars.MAIL_RETRY_BASE_MS,
    retryMaxMs: vars.MAIL_RETRY_MAX_MS,
    /** After this many failed attempts a message is given up ('failed'). */
    maxAttempts: vars.MAIL_MAX_ATTEMPTS,
    /** How often the running server looks at the outbox. */
    retryIntervalMs: vars.MAIL_RETRY_INTERVAL_MS,
  };
}

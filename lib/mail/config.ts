import { practice } from '@/lib/practice';

/** Mail settings from the environment, read when used (the command-line tools share them). */
export function mailConfig() {
  return {
    apiKey: process.env.RESEND_API_KEY || '',
    from: process.env.RESEND_FROM || `${practice.practiceName} <onboarding@resend.dev>`,
    /** Where consultation requests go: PRACTICE_INBOX, else the practice's e-mail from its settings. */
    practiceInbox: process.env.PRACTICE_INBOX || practice.contact.email,
    /** The Resend segment (or legacy audience) newsletter contacts join and broadcasts go to. */
    segmentId: process.env.RESEND_SEGMENT_ID || '',
    audienceId: process.env.RESEND_AUDIENCE_ID || '',
    /** How long one call to Resend may take before it counts as failed and is retried later. */
    timeoutMs: Number(process.env.RESEND_TIMEOUT_MS) || 5000,
  };
}

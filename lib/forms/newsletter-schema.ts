import { z } from 'zod';
import { emailAddress } from './email-field';

/** The newsletter sign-up: an e-mail address and nothing else. */
export const newsletterSchema = z.object({
  email: emailAddress,
});

export const newsletterEmailMaxLength = newsletterSchema.shape.email.maxLength ?? 254;

export type NewsletterState =
  | { status: 'idle' }
  | { status: 'invalid'; error: string; email: string }
  | { status: 'error'; message: string; email: string }
  | { status: 'sent'; email: string };

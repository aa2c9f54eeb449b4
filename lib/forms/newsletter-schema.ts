import { z } from 'zod';

/** The newsletter sign-up: an e-mail address and nothing else. */
export const newsletterSchema = z.object({
  email: z
    .string({ error: 'Enter your e-mail address, for example name@example.com.' })
    .refine((v) => !/[\r\n]/.test(v), {
      error: 'Remove the line break from your e-mail address: it must fit on one line.',
    })
    .trim()
    .min(1, { error: 'Enter your e-mail address, for example name@example.com.' })
    .max(254, {
      error:
        'Your e-mail address is longer than 254 characters; check that you typed only one address.',
    })
    .regex(z.regexes.email, {
      error:
        'Enter a complete e-mail address with an @ and a domain, for example name@example.com.',
    }),
});

export const newsletterEmailMaxLength = newsletterSchema.shape.email.maxLength ?? 254;

export type NewsletterState =
  | { status: 'idle' }
  | { status: 'invalid'; error: string; email: string }
  | { status: 'error'; message: string; email: string }
  | { status: 'sent'; email: string };

import { z } from 'zod';

/** Line breaks of any kind: an e-mail address reaches mail headers, where one would inject a header. */
export const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** An e-mail address as every form asks for it: one line, one address, at most 254 characters. */
export const emailAddress = z
  .string({ error: 'Enter your e-mail address, for example name@example.com.' })
  .refine((v) => !LINE_BREAK.test(v), {
    error: 'Remove the line break from your e-mail address: it must fit on one line.',
  })
  .trim()
  .min(1, { error: 'Enter your e-mail address, for example name@example.com.' })
  .max(254, {
    error:
      'Your e-mail address is longer than 254 characters; check that you typed only one address.',
  })
  .regex(z.regexes.email, {
    error: 'Enter a complete e-mail address with an @ and a domain, for example name@example.com.',
  });

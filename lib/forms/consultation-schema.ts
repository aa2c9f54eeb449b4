import { z } from 'zod';
import {
  californiaAnswers,
  contactMethods,
  interests,
  sessionFormats,
  type FieldRule,
} from './consultation-options';

import { emailAddress, LINE_BREAK } from './email-field';

export * from './consultation-options';

/**
 * The free consultation request: the one source of truth for its rules. The server action
 * validates with it, the form reads `required`/`maxLength` from it, and the tests use it too.
 * It asks for contact details only, never health details.
 */

/** Something that looks like an HTML tag: `<b`, `</`, `<!`, `<?`. A lone "<3" or "a < b" is fine. */
const MARKUP = /<[a-z/!?]/i;

const noLineBreak = (label: string) => (value: string) =>
  !LINE_BREAK.test(value) || `Remove the line break from ${label}: it must fit on one line.`;
const noMarkup = (label: string) => (value: string) =>
  !MARKUP.test(value) ||
  `Remove the < and > characters from ${label}: the form takes plain text only.`;

function text(
  label: string,
  max: number,
  { required, multiline = false }: { required?: string; multiline?: boolean } = {},
) {
  let schema = z.string({ error: required ?? `Enter ${label}.` });
  if (!multiline)
    schema = schema.refine((v) => noLineBreak(label)(v) === true, {
      error: (i) => noLineBreak(label)(String(i.input)) as string,
    });
  schema = schema
    .refine((v) => noMarkup(label)(v) === true, {
      error: (i) => noMarkup(label)(String(i.input)) as string,
    })
    .trim()
    .max(max, {
      error: (i) =>
        `Shorten ${label} to ${max.toLocaleString('en-US')} characters or fewer (it has ${String(i.input).length.toLocaleString('en-US')}).`,
    });
  return required ? schema.min(1, { error: required }) : schema;
}

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

export const consultationSchema = z
  .object({
    name: text('your name', 100, { required: 'Enter your name, so we know what to call you.' }),
    email: emailAddress,
    phone: z
      .string()
      .trim()
      .max(30, { error: 'Shorten your phone number to 30 characters or fewer.' })
      .regex(/^[+()\d\s.-]*$/, {
        error:
          'Use only digits, spaces and + ( ) . - in your phone number, for example (408) 555-0123.',
      })
      .default(''),
    contactMethod: z.enum(keys(contactMethods), {
      error: 'Choose how you would like to be contacted: e-mail, phone call or text message.',
    }),
    bestTime: text('the best time to reach you', 120).default(''),
    interest: z.enum(keys(interests), {
      error: 'Choose what you are interested in; "Not sure yet" is a fine answer.',
    }),
    sessionFormat: z.enum(keys(sessionFormats), {
      error: 'Choose in person in San Jose or telehealth.',
    }),
    inCalifornia: z.enum(keys(californiaAnswers), {
      error: 'Tell us whether you are located in California.',
    }),
    message: text('your message', 1000, { multiline: true }).default(''),
    consent: z.literal('on', {
      error: 'Check the box to let us contact you about your request; we cannot reply without it.',
    }),
  })
  .superRefine((data, ctx) => {
    if ((data.contactMethod === 'phone' || data.contactMethod === 'text') && !data.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['phone'],
        message: `Enter a phone number for the ${data.contactMethod === 'phone' ? 'call' : 'text message'}, or choose e-mail instead.`,
      });
    }
  });

export type ConsultationInput = z.infer<typeof consultationSchema>;
export type ConsultationField = keyof ConsultationInput;

/** The text fields the form echoes back after a round trip. */
export type ConsultationValues = Partial<Record<ConsultationField, string>>;

function ruleOf(field: z.ZodType): FieldRule {
  let inner: z.ZodType = field;
  let optional = false;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodOptional) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodString) {
    return {
      required: !optional && (inner.minLength ?? 0) > 0,
      maxLength: inner.maxLength ?? undefined,
    };
  }
  return { required: !optional };
}

/** `required` and `maxLength` of each field, read from the schema, for the form's attributes. */
export const consultationRules = Object.fromEntries(
  Object.entries(consultationSchema.shape).map(([name, field]) => [
    name,
    ruleOf(field as z.ZodType),
  ]),
) as Record<ConsultationField, FieldRule>;

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The first message for each field, in field order. */
export function firstErrors<F extends string>(error: z.ZodError): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as F | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

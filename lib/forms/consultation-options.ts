import type { ConsultationField } from './consultation-schema';

/**
 * The consultation form's choices and field order: plain data with no zod, so the client form
 * can import them without shipping the validation library to the browser. The rules themselves
 * live in consultation-schema.ts; the page hands the form their `required`/`maxLength` values.
 */

export const contactMethods = {
  email: 'E-mail',
  phone: 'Phone call',
  text: 'Text message',
} as const;

export const interests = {
  kap: 'Ketamine-Assisted Psychotherapy (KAP)',
  'therapy-for-moms': 'Therapy for moms (EMDR, IFS, talk therapy)',
  'not-sure': 'Not sure yet',
} as const;

export const sessionFormats = {
  'in-person': 'In person in San Jose',
  telehealth: 'Telehealth (video)',
} as const;

export const californiaAnswers = {
  yes: 'Yes, I am in California',
  no: 'No, I am outside California',
} as const;

/** The order of the fields on the page: the first error gets the focus. */
export const consultationFields: readonly ConsultationField[] = [
  'name',
  'email',
  'phone',
  'contactMethod',
  'bestTime',
  'interest',
  'sessionFormat',
  'inCalifornia',
  'message',
  'consent',
];

/** What the form needs to know about a field's rule, read from the schema. */
export interface FieldRule {
  required: boolean;
  maxLength?: number;
}

export type ConsultationRules = Record<ConsultationField, FieldRule>;

import { z } from 'zod';
import { bookingSchema } from '../booking/settings';

/**
 * The practice's settings (content/practice.json): what every page says about the practice and the
 * therapist. Checked when the site builds (contentlayer.config.ts) and when it is read (lib/practice.ts).
 * No `server-only` and no generated import: contentlayer.config.ts and `npm run check:launch` read it.
 */

/** Text the therapist may leave empty: pages leave out whatever is blank. */
const optionalText = z.string().trim().max(300);

const serviceSchema = z.object({
  name: z.string().trim().min(1).max(120),
  duration: optionalText.default(''),
  fee: optionalText.default(''),
  description: optionalText.default(''),
});

const socialSchema = z.object({
  label: z.string().trim().min(1).max(60),
  url: z.url({ protocol: /^https$/ }),
});

/** A file under public/, written from "/" (the editor writes null for "no image"). */
const publicImage = z
  .union([
    z.null(),
    z.literal(''),
    z
      .string()
      .regex(
        /^\/[^/].*\.(jpe?g|png|webp|avif)$/i,
        'put the photo in public/ and write its path from "/", e.g. /images/practice/portrait.jpg',
      ),
  ])
  .transform((value) => value ?? '')
  .default('');

export const practiceSchema = z
  .object({
    practiceName: z.string().trim().min(1).max(80),
    tagline: optionalText.default(''),
    therapist: z.object({
      fullName: optionalText.default(''),
      credentials: optionalText.default(''),
      /** Spelled out, e.g. "Licensed Marriage and Family Therapist": California advertising rules. */
      licenseTitle: optionalText.default(''),
      licenseNumber: optionalText.default(''),
      jobTitle: optionalText.default('Therapist'),
      /** Her own words for the about page, one paragraph per entry. Empty: the page speaks of the practice. */
      bio: z.array(z.string().trim().min(1).max(1500)).default([]),
      /** A portrait under public/, shown on the home and about pages; empty: no photo. */
      photo: publicImage,
      photoAlt: optionalText.default(''),
    }),
    location: z.object({
      city: z.string().trim().min(1),
      state: z.string().trim().length(2),
      stateName: z.string().trim().min(1),
    }),
    contact: z.object({
      email: z.union([z.literal(''), z.email()]).default(''),
      phone: z
        .string()
        .trim()
        .regex(/^[+()\d\s.-]*$/, 'use digits, spaces and + ( ) . - only')
        .default(''),
    }),
    /** Required by CAN-SPAM in every newsletter e-mail. */
    postalAddress: optionalText.default(''),
    /** How soon the practice answers a consultation request, e.g. "within two business days". */
    replyTime: optionalText.default(''),
    telehealthStates: z.array(z.string().trim().min(1)).default([]),
    services: z.array(serviceSchema).default([]),
    policies: z
      .object({
        cancellation: z.string().trim().max(1000).default(''),
        payment: z.string().trim().max(1000).default(''),
        insurance: z.string().trim().max(1000).default(''),
      })
      .default({ cancellation: '', payment: '', insurance: '' }),
    social: z.array(socialSchema).default([]),
    /**
     * The therapist's hours for booking a free consultation on /consultation. Left out (or with no
     * hours on any day): the consultation page is the request form alone.
     */
    booking: bookingSchema.optional(),
  })
  .refine((p) => !p.therapist.photo || p.therapist.photoAlt, {
    path: ['therapist', 'photoAlt'],
    message: 'describe the photo in photoAlt (read aloud to people who cannot see it)',
  });

export type Practice = z.infer<typeof practiceSchema>;

/** Validates a settings object, throwing an error that names the file and each wrong field. */
export function parsePractice(input: unknown, file = 'content/practice.json'): Practice {
  const result = practiceSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`${file} is not valid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** "Jane Doe, LMFT" — or the practice name while the therapist's name is not filled in. */
export function therapistDisplayName(p: Practice): string {
  const { fullName, credentials } = p.therapist;
  if (!fullName) return p.practiceName;
  return credentials ? `${fullName}, ${credentials}` : fullName;
}

/** The licence line California requires in advertising, or null until name, title and number are set. */
export function licenseLine(p: Practice): string | null {
  const { fullName, licenseTitle, licenseNumber } = p.therapist;
  if (!fullName || !licenseTitle || !licenseNumber) return null;
  return `${fullName}, ${licenseTitle}, License #${licenseNumber}`;
}

export function cityLine(p: Practice): string {
  return `${p.location.city}, ${p.location.stateName}`;
}

/** A `tel:` address for a phone number as the therapist typed it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** "California" or "California and Oregon": where telehealth clients must be located. */
export function telehealthLine(p: Practice): string {
  const states = p.telehealthStates;
  if (states.length <= 1) return states[0] ?? '';
  return `${states.slice(0, -1).join(', ')} and ${states.at(-1)}`;
}

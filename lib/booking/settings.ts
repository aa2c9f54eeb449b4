import { z } from 'zod';

/**
 * The `booking` settings: when the therapist offers free consultations. Checked when the site
 * builds, with messages that name the field and say how to fix it. Plain data and zod only (no
 * `server-only`): the settings schema, the editor and the command-line tools read it too.
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const PERIOD = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;
const periodHint = 'write it as start-end in 24-hour time, e.g. "09:00-12:00"';

/** Minutes after local midnight of "HH:MM", or null when it is no time of day. */
function minuteOfDay(hours: string, minutes: string): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  return h <= 23 && m <= 59 ? h * 60 + m : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** A period of a day's hours, e.g. "09:00-12:00": start and end in minutes after local midnight. */
export interface Period {
  start: number;
  end: number;
}

function readPeriod(text: string): Period | null {
  const match = PERIOD.exec(text);
  const start = match && minuteOfDay(match[1]!, match[2]!);
  const end = match && minuteOfDay(match[3]!, match[4]!);
  return start == null || end == null ? null : { start, end };
}

/** Reads a period checked by `bookingSchema` ("9:00 - 12:00" has become "09:00-12:00"). */
export function parsePeriod(text: string): Period {
  const period = readPeriod(text);
  if (!period) throw new Error(`Not a period of the day: "${text}"`);
  return period;
}

const periodSchema = z
  .string({ error: `must be a period of the day: ${periodHint}` })
  .transform((text, context) => {
    const period = readPeriod(text);
    if (!period) {
      context.addIssue({ code: 'custom', message: `"${text}" is not a period: ${periodHint}` });
      return z.NEVER;
    }
    const { start, end } = period;
    if (end <= start) {
      context.addIssue({
        code: 'custom',
        message: `"${text}" ends before it starts: ${periodHint} (a period cannot pass midnight)`,
      });
      return z.NEVER;
    }
    return `${clock(start)}-${clock(end)}`;
  });

/** A day's periods; they may touch ("09:00-12:00", "12:00-13:00") but not overlap. */
const dayHoursSchema = z
  .array(periodSchema, { error: 'must be a list of periods, e.g. ["09:00-12:00"], or []' })
  .default([])
  .superRefine((periods, context) => {
    const sorted = periods
      .flatMap((text, index) => {
        const period = readPeriod(text);
        return period ? [{ text, index, ...period }] : [];
      })
      .sort((a, b) => a.start - b.start);
    // Compared with the period that reaches furthest so far, so one long period is checked
    // against every shorter one inside it.
    let furthest = sorted[0];
    for (const period of sorted.slice(1)) {
      if (furthest && period.start < furthest.end)
        context.addIssue({
          code: 'custom',
          path: [period.index],
          message: `"${period.text}" overlaps "${furthest.text}": join them into one period or move one`,
        });
      if (furthest && period.end > furthest.end) furthest = period;
    }
  });

function canonicalTimeZone(name: string): string | null {
  // Offsets such as "+01:00" are no place: a practice's clock changes with its region's rules.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const timeZoneSchema = z
  .string({ error: 'must be a time zone name, e.g. "America/Los_Angeles"' })
  .trim()
  .transform((name, context) => {
    const canonical = canonicalTimeZone(name);
    if (canonical) return canonical;
    context.addIssue({
      code: 'custom',
      message: `"${name}" is not a time zone this server knows: use an IANA name such as "America/Los_Angeles"`,
    });
    return z.NEVER;
  });

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .int({ error: `must be a whole number of ${what}` })
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const bookingKeys =
  'minutes, timeZone, weekly, bufferMinutes, minNoticeHours, daysAhead and closedDates';

export const bookingSchema = z
  .strictObject(
    {
      /** Length of one consultation. */
      minutes: wholeNumber('minutes', 5, 240).default(15),
      /** Where the hours below are read; slots are shown in this zone, with its name. */
      timeZone: timeZoneSchema.default('America/Los_Angeles'),
      /** Opening hours per weekday in the practice's local time; [] for a day without any. */
      weekly: z.strictObject(
        Object.fromEntries(weekdays.map((day) => [day, dayHoursSchema])) as Record<
          Weekday,
          typeof dayHoursSchema
        >,
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `${issue.keys.map((key) => `"${key}"`).join(', ')}: name the days ${weekdays.join(', ')}`
              : 'must list the hours of each day, e.g. { "mon": ["09:00-12:00"], "tue": [] }',
        },
      ),
      /** Kept free before and after every calendar event and every booked consultation. */
      bufferMinutes: wholeNumber('minutes', 0, 240).default(0),
      /** How long before a consultation it must be booked at the latest. */
      minNoticeHours: z
        .number({ error: 'must be a number of hours' })
        .min(0, 'must be 0 or more')
        .max(24 * 60, 'must be at most 1440 (60 days)')
        .default(24),
      /** How many days are offered, counting today, in the practice's time zone. */
      daysAhead: wholeNumber('days', 1, 366).default(21),
      /** Local days without consultations (holidays, leave), e.g. "2026-12-25". */
      closedDates: z
        .array(z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. "2026-12-25"' }))
        .default([]),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown setting ${issue.keys.map((key) => `"${key}"`).join(', ')}: the settings are ${bookingKeys}`
          : 'must be the booking settings, e.g. { "minutes": 15, "weekly": { "mon": ["09:00-12:00"] } }',
    },
  )
  .superRefine((booking, context) => {
    for (const day of weekdays)
      booking.weekly[day].forEach((text, index) => {
        const period = readPeriod(text);
        if (period && period.end - period.start < booking.minutes)
          context.addIssue({
            code: 'custom',
            path: ['weekly', day, index],
            message: `"${text}" is shorter than one ${booking.minutes}-minute consultation`,
          });
      });
  });

export type Booking = z.output<typeof bookingSchema>;
export type BookingInput = z.input<typeof bookingSchema>;

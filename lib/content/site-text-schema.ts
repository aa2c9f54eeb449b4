import { z } from 'zod';
import { linksIn } from './inline-markup';
import { unknownPlaceholders } from './placeholders';

/**
 * The site's own words outside the pages (content/site.json): navigation, footer, crisis note, the
 * medical note, the consultation and newsletter forms, the 404 page and the e-mails. Checked when the
 * site builds; placeholders such as <PracticeName /> are filled in from the settings.
 */

const line = z.string().trim().min(1, 'this text is empty').max(120);
const sentence = z.string().trim().min(1, 'this text is empty').max(600);

const phoneLink = /^(tel:\+?\d+|sms:\+?\d+(\?body=\w+)?)$/;

/** What to do, with each number linked: `[call 988](tel:988) or [text 988](sms:988)`. */
const lineAction = line.superRefine((text, ctx) => {
  const links = linksIn(text);
  if (links.length === 0)
    ctx.addIssue({ code: 'custom', message: 'link the number, e.g. [call 988](tel:988)' });
  for (const { href } of links)
    if (!phoneLink.test(href))
      ctx.addIssue({
        code: 'custom',
        message: `${href} is not a tel: or sms: link: write e.g. tel:988, sms:988 or sms:741741?body=HOME`,
      });
});

const emergencyLine = z.object({
  situation: line,
  action: lineAction,
  note: z.string().trim().max(120).optional(),
});

/** A support line says, in its own words, that it is not a crisis line. */
const supportLine = emergencyLine.extend({
  note: line.regex(/not a crisis line/i, 'say that this line is “not a crisis line”'),
});

export const siteTextSchema = z.object({
  navigation: z.object({
    blog: line,
    kap: line,
    about: line,
    consultation: line,
    fees: line,
    privacy: line,
    terms: line,
    accessibility: line,
    feed: line,
    menu: line,
    skipToContent: line,
  }),
  footer: z.object({ inPerson: line, telehealth: line }),
  /** Two groups, shown apart: where to turn in a crisis, and support lines that are not for one. */
  crisis: z.object({
    heading: line,
    intro: sentence,
    emergency: z.object({ heading: line, lines: z.array(emergencyLine).min(1) }),
    support: z.object({ heading: line, lines: z.array(supportLine).min(1) }),
  }),
  medicalNote: z.object({
    title: line,
    text: sentence.regex(
      /\]\(\/ketamine-assisted-psychotherapy#risks\)/,
      'link to the risks: [Read about the risks …](/ketamine-assisted-psychotherapy#risks)',
    ),
  }),
  consultationCta: z.object({ heading: line, text: sentence }),
  newsletter: z.object({
    heading: line,
    text: sentence,
    terms: sentence
      .regex(/\]\(\/terms\)/, 'link to the terms: [Terms and Conditions](/terms)')
      .regex(/\]\(\/privacy\)/, 'link to the privacy policy: [Privacy policy](/privacy)'),
  }),
  notFound: z.object({
    title: line,
    description: sentence,
    eyebrow: line,
    heading: line,
    text: sentence,
    homeLink: line,
    blogLink: line,
    recentPosts: line,
  }),
  consultation: z.object({
    title: line,
    description: sentence,
    intro: sentence,
    requiredNote: sentence,
    californiaHint: sentence,
    healthNotice: sentence,
    consent: sentence,
    submit: line,
    received: line,
    receivedNote: sentence,
    nextStep: sentence,
    nextStepWithoutReplyTime: sentence,
    otherWaysHeading: line,
    onlyTheForm: sentence,
  }),
  /** Booking a time on /consultation, and the page her e-mail links to, to cancel or move it. */
  booking: z.object({
    slotsLegend: line,
    slotsZone: sentence,
    yourTime: line,
    noneOfThese: line,
    noneOfTheseHint: sentence,
    submit: line,
    slotTakenHeading: line,
    slotTaken: sentence,
    slotsUnavailable: sentence,
    booked: line,
    bookedWhen: line,
    bookedNote: sentence,
    manageTitle: line,
    manageWhen: line,
    manageCancel: line,
    manageMoveLegend: line,
    manageMove: line,
    manageNoTimes: sentence,
    cancelled: sentence,
    moved: sentence,
    moveTaken: sentence,
    linkInvalidTitle: line,
    linkInvalid: sentence,
    bookAgain: line,
  }),
  emails: z.object({
    confirmationSubject: line,
    confirmationHeading: line,
    confirmationClosing: sentence,
    newsletterSubject: line,
    newsletterHeading: line,
    newsletterText: sentence,
    newsletterButton: line,
    newsletterIgnore: sentence,
    announcementButton: line,
    announcementReason: sentence,
    bookingSubject: line,
    bookingHeading: line,
    bookingWhen: sentence,
    bookingManage: line,
    bookingManageButton: line,
    movedSubject: line,
    movedHeading: line,
    cancelledSubject: line,
    cancelledHeading: line,
    cancelledText: sentence,
    cancelledBookAgain: line,
    reminderSubject: line,
    reminderHeading: line,
    reminderText: line,
  }),
});

export type SiteText = z.infer<typeof siteTextSchema>;

/** Placeholders only these texts know: the mother's name, her booked time, the zone and length of the calls. */
const siteTextPlaceholders = ['Name', 'Time', 'Zone', 'Minutes'];

/** Checks content/site.json; returns a message naming the file and each wrong field, or null. */
export function siteTextProblems(input: unknown, file = 'content/site.json'): string | null {
  const result = siteTextSchema.safeParse(input);
  const lines = result.success
    ? unknownPlaceholders(result.data, siteTextPlaceholders)
    : result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  return lines.length ? `${file} is not valid:\n${lines.map((l) => `  - ${l}`).join('\n')}` : null;
}

export function parseSiteText(input: unknown, file = 'content/site.json'): SiteText {
  const problems = siteTextProblems(input, file);
  if (problems) throw new Error(problems);
  return siteTextSchema.parse(input);
}

import { z } from 'zod';
import { unknownPlaceholders } from './placeholders';

/**
 * The site's own words outside the pages (content/site.json): navigation, footer, crisis note, the
 * medical note, the consultation and newsletter forms, the 404 page and the e-mails. Checked when the
 * site builds; placeholders such as <PracticeName /> are filled in from the settings.
 */

const line = z.string().trim().min(1, 'this text is empty').max(120);
const sentence = z.string().trim().min(1, 'this text is empty').max(600);

const crisisLine = z.object({
  situation: line,
  action: line,
  href: z
    .string()
    .regex(/^(tel:\+?\d+|sms:\d+(\?body=\w+)?)$/, 'write a tel: or sms: link, e.g. tel:988'),
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
    feed: line,
    menu: line,
    skipToContent: line,
  }),
  footer: z.object({ inPerson: line, telehealth: line }),
  crisis: z.object({ heading: line, intro: sentence, lines: z.array(crisisLine).min(1) }),
  medicalNote: z.object({ title: line, text: sentence }),
  consultationCta: z.object({ heading: line, text: sentence }),
  newsletter: z.object({
    heading: line,
    text: sentence,
    terms: sentence.regex(/\]\(\/terms\)/, 'link to the terms: [Terms and Conditions](/terms)'),
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
  }),
});

export type SiteText = z.infer<typeof siteTextSchema>;

/** Placeholders only these texts know: the mother's name in the e-mails. */
const siteTextPlaceholders = ['Name'];

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

import type { Practice } from './content/practice-schema';

/**
 * What a public launch still needs, one line each with the file or variable to fill. Shared by
 * `npm run check:launch` (exits 1 while anything is missing), the build and the server's start
 * (a warning when SITE_URL is https). No `server-only`: the command-line tool reads it.
 */

export interface LaunchGap {
  /** The file or variable to fill. */
  where: string;
  what: string;
}

export interface LaunchFacts {
  practice: Practice;
  /** Each legal page's `reviewed` date ('' or undefined while nobody has reviewed it). */
  reviewed: { privacy?: string; terms?: string };
  env: Record<string, string | undefined>;
}

const settingsFile = 'content/practice.json';

export function launchGaps({ practice, reviewed, env }: LaunchFacts): LaunchGap[] {
  const gaps: LaunchGap[] = [];
  const need = (missing: boolean, where: string, what: string) => {
    if (missing) gaps.push({ where, what });
  };
  const { therapist } = practice;
  need(
    !therapist.fullName,
    `${settingsFile} therapist.fullName`,
    'the therapist’s full name (California licence line)',
  );
  need(
    !therapist.licenseTitle,
    `${settingsFile} therapist.licenseTitle`,
    'the licence title spelled out, e.g. Licensed Marriage and Family Therapist (California licence line)',
  );
  need(
    !therapist.licenseNumber,
    `${settingsFile} therapist.licenseNumber`,
    'the licence number (California licence line)',
  );
  need(
    !env.PRACTICE_INBOX && !practice.contact.email,
    `${settingsFile} contact.email (or PRACTICE_INBOX)`,
    'the practice inbox, where consultation requests are sent',
  );
  need(
    !practice.postalAddress,
    `${settingsFile} postalAddress`,
    'the postal address every newsletter e-mail must show (CAN-SPAM)',
  );
  const siteUrl = env.SITE_URL ?? '';
  need(
    !siteUrl.startsWith('https://'),
    'SITE_URL',
    `the public https address of the site (now ${siteUrl || 'unset, so http://localhost:3000'})`,
  );
  need(
    !env.RESEND_API_KEY,
    'RESEND_API_KEY',
    'a Resend API key, so e-mail is sent rather than kept in the outbox',
  );
  need(
    !env.RESEND_FROM || /@resend\.dev>?\s*$/i.test(env.RESEND_FROM),
    'RESEND_FROM',
    'a sender on a domain verified in Resend, e.g. "Practice <hello@your-domain>" (not onboarding@resend.dev)',
  );
  // NEWSLETTER_SECRET is not asked for: without it, one secret is generated into the database and
  // every server on that database signs and checks links alike (lib/signed-links.ts).
  for (const page of ['privacy', 'terms'] as const) {
    need(
      !reviewed[page],
      `content/pages/${page}.mdx reviewed`,
      `the day ${page === 'privacy' ? 'the privacy policy was' : 'the terms were'} reviewed for this practice (YYYY-MM-DD)`,
    );
  }
  return gaps;
}

export function formatLaunchGaps(gaps: LaunchGap[]): string {
  if (gaps.length === 0) return 'Ready for a public launch: every launch item is filled in.';
  return [
    `${gaps.length} item${gaps.length === 1 ? '' : 's'} to fill before a public launch:`,
    ...gaps.map((gap) => `  - ${gap.where}: ${gap.what}`),
  ].join('\n');
}

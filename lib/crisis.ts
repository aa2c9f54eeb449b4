/**
 * Where to turn in a crisis. Shown in every page's footer, after a consultation request and in
 * its confirmation e-mail: the site and its forms are not monitored for emergencies.
 */
export const crisisIntro =
  'This website and its forms are not for emergencies and are not monitored around the clock.';

export interface CrisisLine {
  situation: string;
  action: string;
  /** tel: or sms: link */
  href: string;
}

export const crisisLines: CrisisLine[] = [
  { situation: 'If you are in immediate danger', action: 'call 911', href: 'tel:911' },
  {
    situation: 'Suicide & Crisis Lifeline',
    action: 'call or text 988',
    href: 'tel:988',
  },
  { situation: 'Crisis Text Line', action: 'text HOME to 741741', href: 'sms:741741?body=HOME' },
  {
    situation: 'Postpartum Support International HelpLine',
    action: 'call 1-800-944-4773',
    href: 'tel:+18009444773',
  },
  {
    situation: 'National Maternal Mental Health Hotline (not a crisis line)',
    action: 'call or text 1-833-852-6262',
    href: 'tel:+18338526262',
  },
];

/** The same note as plain text, for e-mails. */
export const crisisText = [
  crisisIntro,
  ...crisisLines.map((line) => `${line.situation}: ${line.action}.`),
].join('\n');

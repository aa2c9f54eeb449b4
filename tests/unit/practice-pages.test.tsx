import { describe, expect, it } from 'vitest';
import filled from '../fixtures/practice/filled.json';
import { readingProblems, render, visibleText } from '../support/reads-well';
import { TermsAndConditions } from '@/components/legal/TermsAndConditions';
import { PrivacyPolicy } from '@/components/legal/PrivacyPolicy';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { AboutPractice, aboutTitle } from '@/components/practice/AboutPractice';
import { FeeSchedule, PracticePolicies } from '@/components/practice/FeeSchedule';
import { HomeHero } from '@/components/practice/HomeHero';
import { PracticeFacts } from '@/components/practice/PracticeFacts';
import raw from '@/content/practice.json';
import { parsePractice, type Practice } from '@/lib/practice';

/** Every optional field empty, even the telehealth states. */
const empty = parsePractice({
  practiceName: 'Integrative Therapy for Moms',
  therapist: { jobTitle: '' },
  location: raw.location,
  contact: {},
});
const full = parsePractice(filled);
const committed = parsePractice(raw);

const settingsDriven: [string, (p: Practice) => React.ReactElement][] = [
  ['footer', (p) => <SiteFooter practice={p} />],
  ['home hero', (p) => <HomeHero practice={p} />],
  ['about page', (p) => <AboutPractice practice={p} />],
  ['practice facts', (p) => <PracticeFacts practice={p} />],
  ['fee schedule', (p) => <FeeSchedule practice={p} />],
  ['policies', (p) => <PracticePolicies practice={p} />],
  ['privacy policy', (p) => <PrivacyPolicy practice={p} />],
  ['terms', (p) => <TermsAndConditions practice={p} />],
];
/** The parts that name where the practice is. */
const showsCity = new Set(['footer', 'home hero', 'about page', 'practice facts']);

describe.each([
  ['empty', empty],
  ['as committed', committed],
  ['filled', full],
])('with the settings %s', (_label, practice) => {
  it.each(settingsDriven)('the %s reads well', (name, element) => {
    const html = render(element(practice));
    expect(readingProblems(html)).toEqual([]);
    if (showsCity.has(name)) expect(visibleText(html)).toContain(practice.location.city);
  });
});

describe('the footer', () => {
  it('shows the crisis lines and the privacy and terms links whatever the settings', () => {
    for (const practice of [empty, full]) {
      const html = render(<SiteFooter practice={practice} />);
      const text = visibleText(html);
      for (const line of [
        'call 911',
        'call or text 988',
        'text HOME to 741741',
        '1-800-944-4773',
        '1-833-852-6262',
      ]) {
        expect(text).toContain(line);
      }
      expect(text).toContain('(not a crisis line)');
      expect(html).toContain('href="/privacy"');
      expect(html).toContain('href="/terms"');
      expect(text).toContain('San Jose, California');
    }
  });

  it('leaves the licence out until name, title and number are set, then shows all three', () => {
    expect(visibleText(render(<SiteFooter practice={empty} />))).not.toMatch(/License/);
    const nameOnly = parsePractice({
      ...filled,
      therapist: { fullName: 'Jane Example', credentials: 'LMFT' },
    });
    const nameOnlyText = visibleText(render(<SiteFooter practice={nameOnly} />));
    expect(nameOnlyText).toContain('Jane Example, LMFT');
    expect(nameOnlyText).not.toMatch(/License/);
    expect(visibleText(render(<SiteFooter practice={full} />))).toContain(
      'Jane Example, Licensed Marriage and Family Therapist, License #123456',
    );
  });

  it('links the e-mail and phone only when they are set', () => {
    const emptyHtml = render(<SiteFooter practice={empty} />);
    expect(emptyHtml).not.toContain('mailto:');
    expect(emptyHtml.match(/href="tel:/g)).toHaveLength(4); // the crisis lines' numbers only
    const html = render(<SiteFooter practice={full} />);
    expect(html).toContain('href="mailto:hello@example.com"');
    expect(html).toContain('href="tel:4085550100"');
  });
});

describe('the about page', () => {
  it('is about the practice until the therapist’s name is set', () => {
    expect(aboutTitle(empty)).toBe('About the practice');
    expect(aboutTitle(full)).toBe('About Jane Example');
  });

  it('adds her own words only when she has written them', () => {
    expect(visibleText(render(<AboutPractice practice={empty} />))).not.toContain(
      'In my own words',
    );
    const text = visibleText(render(<AboutPractice practice={full} />));
    expect(text).toContain('In my own words');
    expect(text).toContain('I am a test therapist, invented for this fixture only.');
  });

  it('lists name, licence, place and contact when set, and only the place when not', () => {
    const emptyText = visibleText(render(<PracticeFacts practice={empty} />));
    expect(emptyText).toBe('In person San Jose, California');
    const fullText = visibleText(render(<PracticeFacts practice={full} />));
    expect(fullText).toContain('Therapist Jane Example, LMFT');
    expect(fullText.split('Licensed Marriage and Family Therapist')).toHaveLength(2); // said once, not twice
    expect(fullText).toContain('Licensed Marriage and Family Therapist, License #123456');
    expect(fullText).toContain('For clients located in California');
    expect(fullText).toContain('hello@example.com');
    expect(fullText).toContain('(408) 555-0100');
  });
});

describe('the fees page', () => {
  it('says how to learn the rates while none are set', () => {
    const text = visibleText(render(<FeeSchedule practice={empty} />));
    expect(text).toContain('Free consultation');
    expect(text).toContain('Session rates are not listed here yet');
  });

  it('lists each service with the details that are set', () => {
    const html = render(<FeeSchedule practice={full} />);
    const text = visibleText(html);
    expect(text).not.toContain('not listed here yet');
    // She lists the consultation herself, so the standard box does not repeat it.
    expect(text).not.toContain('There is no charge for it');
    expect(text).toContain(
      'KAP medicine session $900 3 hours Preparation, the medicine session and integration.',
    );
    expect(text).toContain('Therapy session');
    expect(html.match(/<h3/g)).toHaveLength(3);
  });

  it('shows only the policies that are set', () => {
    expect(visibleText(render(<PracticePolicies practice={empty} />))).toContain(
      'questions are welcome',
    );
    const partial = parsePractice({
      ...filled,
      policies: { cancellation: 'Please give 48 hours’ notice.' },
    });
    const text = visibleText(render(<PracticePolicies practice={partial} />));
    expect(text).toBe('Cancellations Please give 48 hours’ notice.');
  });
});

describe('the privacy policy and terms', () => {
  it('say what each form collects, who processes it, for how long, and Do Not Track', () => {
    const text = visibleText(render(<PrivacyPolicy practice={empty} />));
    for (const phrase of [
      'Effective ',
      'your name and e-mail address',
      'your phone number, if you choose to give it',
      'how and when you prefer to be reached',
      'KAP, therapy for moms, or not sure yet',
      'in person or by telehealth',
      'located in California',
      'a short message',
      'consent to be contacted',
      'only for your e-mail address',
      'double opt-in',
      'Resend',
      'The host',
      'How long it is kept',
      'Do Not Track',
      'no cookies',
    ]) {
      expect(
        text.replace('asks only for your e-mail address', 'only for your e-mail address'),
      ).toContain(phrase);
    }
  });

  it('offer the practice’s e-mail for deletion requests when set, and a reply otherwise', () => {
    expect(render(<PrivacyPolicy practice={full} />)).toContain('href="mailto:hello@example.com"');
    const text = visibleText(render(<PrivacyPolicy practice={empty} />));
    expect(text).toContain('reply to any e-mail you received from the practice');
    expect(text).not.toContain('write to');
  });

  it('state that the site is not medical advice, creates no relationship and is not for emergencies', () => {
    const text = visibleText(render(<TermsAndConditions practice={full} />));
    expect(text).toContain('Not medical advice');
    expect(text).toContain('does not create a therapist–client relationship');
    expect(text).toContain('call 911');
    expect(text).toContain('newsletter');
    expect(text).toContain('located in California');
    expect(visibleText(render(<TermsAndConditions practice={empty} />))).not.toContain(
      'located in',
    );
  });
});

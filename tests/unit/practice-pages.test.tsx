import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import filled from '../fixtures/practice/filled.json';
import { placeholderPhrases, readingProblems, render, visibleText } from '../support/reads-well';
import { PageBody } from '@/components/content/PageBody';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { FeeSchedule, PracticePolicies } from '@/components/practice/FeeSchedule';
import { HomeHero } from '@/components/practice/HomeHero';
import { OtherWaysToReach } from '@/components/practice/OtherWaysToReach';
import { PracticeFacts } from '@/components/practice/PracticeFacts';
import { getPage, pageTitle, type PageSlug } from '@/lib/content/pages';
import { retentionDays } from '@/lib/leads/retention';
import { parsePractice, type Practice } from '@/lib/practice';

/** Every optional field empty, even the telehealth states. */
const empty = parsePractice({
  practiceName: 'Integrative Therapy for Moms',
  therapist: { jobTitle: '' },
  location: filled.location,
  contact: {},
});
const full = parsePractice(filled);
// The settings as a new checkout has them: only the name and the place.
const launchDay = parsePractice({
  ...filled,
  therapist: {},
  contact: {},
  postalAddress: '',
  replyTime: '',
  services: [],
  policies: {},
  social: [],
});

const home = getPage('home');
const about = getPage('about');
const fees = getPage('fees');
const body = (slug: PageSlug) =>
  function PageBodyOf(p: Practice) {
    return <PageBody page={getPage(slug)} practice={p} />;
  };

const settingsDriven: [string, (p: Practice) => React.ReactElement][] = [
  ['footer', (p) => <SiteFooter practice={p} />],
  ['home hero', (p) => <HomeHero hero={home.data.hero} practice={p} />],
  ['home page body', body('home')],
  ['KAP page body', body('kap')],
  ['about page body', body('about')],
  ['practice facts', (p) => <PracticeFacts practice={p} labels={about.data.facts} />],
  ['fees page body', body('fees')],
  ['fee schedule', (p) => <FeeSchedule practice={p} text={fees.data.fees} />],
  ['policies', (p) => <PracticePolicies practice={p} text={fees.data.fees} />],
  ['privacy policy', body('privacy')],
  ['terms', body('terms')],
  ['accessibility statement', body('accessibility')],
];
/** The parts that name where the practice is. */
const showsCity = new Set(['footer', 'home hero', 'about page body', 'practice facts']);

describe.each([
  ['empty', empty],
  ['of a new checkout', launchDay],
  ['filled', full],
])('with the settings %s', (_label, practice) => {
  it.each(settingsDriven)('the %s reads well', (name, element) => {
    const html = render(element(practice));
    expect(readingProblems(html)).toEqual([]);
    if (showsCity.has(name)) expect(visibleText(html)).toContain(practice.location.city);
  });
});

// The settings the therapist's content/ holds today (read, never changed: the rest of the unit
// tests run on the fixture content).
const today = parsePractice(JSON.parse(fs.readFileSync('content/practice.json', 'utf8')));

describe.each([
  ['empty', empty],
  ['of content/practice.json today', today],
])('with the settings %s, nothing says what is missing', (_label, practice) => {
  it.each([
    ...settingsDriven,
    ['other ways to reach the practice', (p: Practice) => <OtherWaysToReach practice={p} />],
  ] as typeof settingsDriven)('the %s', (_name, element) => {
    const license = {
      title: practice.therapist.licenseTitle,
      number: practice.therapist.licenseNumber,
    };
    expect(placeholderPhrases(visibleText(render(element(practice))), license)).toEqual([]);
  });
});

describe('placeholders and conditional words', () => {
  it('fill the settings into the page and leave out what names an empty setting', () => {
    const text = visibleText(render(<PageBody page={getPage('kap')} practice={full} />));
    expect(text).toContain(
      'I offer KAP in San Jose, California and by telehealth for moms located in California, as part of',
    );
    const emptyText = visibleText(render(<PageBody page={getPage('kap')} practice={empty} />));
    expect(emptyText).toContain('I offer KAP in San Jose, California, as part of');
    expect(emptyText).not.toContain('Telehealth is for clients located in');
    expect(emptyText).toContain('Can I do KAP by telehealth?');
  });

  it('leave out a sentence that only says something about an empty setting', () => {
    const html = render(<PageBody page={about} practice={empty} />);
    expect(visibleText(html)).not.toContain('I can only work with clients who are located in');
    expect(visibleText(render(<PageBody page={about} practice={full} />))).toContain(
      'I can only work with clients who are located in California at the time of their sessions.',
    );
  });

  it('leave out a place on the home page whose setting is empty', () => {
    const text = visibleText(render(<HomeHero hero={home.data.hero} practice={empty} />));
    expect(text).not.toContain('By telehealth');
    expect(visibleText(render(<HomeHero hero={home.data.hero} practice={full} />))).toContain(
      'For moms located anywhere in California.',
    );
  });
});

describe('the footer', () => {
  it('shows the crisis lines, the support lines apart, and the legal links whatever the settings', () => {
    for (const practice of [empty, full]) {
      const html = render(<SiteFooter practice={practice} />);
      const text = visibleText(html);
      expect(text).toContain(
        'Crisis and emergency lines In immediate danger: call 911 988 Suicide & Crisis Lifeline: call 988 or text 988 Crisis Text Line: text HOME to 741741 Support lines for moms (not crisis lines)',
      );
      expect(text).toContain(
        'Postpartum Support International HelpLine: call or text 1-800-944-4773 — support and resources, not a crisis line',
      );
      expect(text).toContain(
        'National Maternal Mental Health Hotline: call or text 1-833-852-6262 — free and confidential, 24/7, not a crisis line',
      );
      for (const href of ['tel:911', 'tel:988', 'sms:988', 'sms:741741?body=HOME'])
        expect(html).toContain(`href="${href}"`);
      for (const href of ['/privacy', '/terms', '/accessibility'])
        expect(html).toContain(`href="${href}"`);
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
    expect(emptyHtml.match(/href="tel:/g)).toHaveLength(4); // the crisis and support lines only
    const html = render(<SiteFooter practice={full} />);
    expect(html).toContain('href="mailto:hello@example.com"');
    expect(html).toContain('href="tel:4085550100"');
  });
});

describe('the about page', () => {
  it('is about the practice until the therapist’s name is set', () => {
    expect(pageTitle(about.data, empty)).toBe('About the practice');
    expect(pageTitle(about.data, full)).toBe('About Jane Example');
  });

  it('adds her own words only when she has written them', () => {
    expect(visibleText(render(<PageBody page={about} practice={empty} />))).not.toContain(
      'In my own words',
    );
    const text = visibleText(render(<PageBody page={about} practice={full} />));
    expect(text).toContain('In my own words');
    expect(text).toContain('I am a test therapist, invented for this fixture only.');
  });

  it('lists name, licence, place and contact when set, and only the place when not', () => {
    const labels = about.data.facts;
    const emptyText = visibleText(render(<PracticeFacts practice={empty} labels={labels} />));
    expect(emptyText).toBe('In person San Jose, California');
    const fullText = visibleText(render(<PracticeFacts practice={full} labels={labels} />));
    expect(fullText).toContain('Therapist Jane Example, LMFT');
    expect(fullText.split('Licensed Marriage and Family Therapist')).toHaveLength(2); // said once, not twice
    expect(fullText).toContain('Licensed Marriage and Family Therapist, License #123456');
    expect(fullText).toContain('For clients located in California');
    expect(fullText).toContain('hello@example.com');
    expect(fullText).toContain('(408) 555-0100');
  });
});

describe('the fees page', () => {
  const text = fees.data.fees;
  it('says how to learn the rates while none are set', () => {
    const shown = visibleText(render(<FeeSchedule practice={empty} text={text} />));
    expect(shown).toContain(text.freeConsultationTitle);
    expect(shown).toContain(text.noRates);
  });

  it('lists each service with the details that are set', () => {
    const html = render(<FeeSchedule practice={full} text={text} />);
    const shown = visibleText(html);
    expect(shown).not.toContain(text.noRates);
    // She lists the consultation herself, so the standard box does not repeat it.
    expect(shown).not.toContain(text.freeConsultationText);
    expect(shown).toContain(
      'KAP medicine session $900 3 hours Preparation, the medicine session and integration.',
    );
    expect(shown).toContain('Therapy session');
    expect(html.match(/<h3/g)).toHaveLength(3);
  });

  it('shows only the policies that are set', () => {
    expect(visibleText(render(<PracticePolicies practice={empty} text={text} />))).toBe(
      text.noPolicies,
    );
    const partial = parsePractice({
      ...filled,
      policies: { cancellation: 'Please give 48 hours’ notice.' },
    });
    const shown = visibleText(render(<PracticePolicies practice={partial} text={text} />));
    expect(shown).toBe(`${text.cancellation} Please give 48 hours’ notice.`);
  });
});

describe('the privacy policy and terms', () => {
  it('show their effective date from the front matter, and the retention the code applies', () => {
    const text = visibleText(render(<PageBody page={getPage('privacy')} practice={empty} />));
    expect(text).toMatch(/^Effective [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    expect(text).toContain(
      `Consultation requests are deleted from the site’s database ${retentionDays.consultation} days after they arrive.`,
    );
    expect(text).toContain(`is deleted after ${retentionDays.unconfirmedSignUp} days`);
  });

  it('name a privacy contact: the practice’s e-mail when set, the consultation form otherwise', () => {
    const html = render(<PageBody page={getPage('privacy')} practice={full} />);
    expect(visibleText(html)).toContain(
      'delete what the practice holds about you at any time: write to hello@example.com.',
    );
    expect(html).toContain('href="mailto:hello@example.com"');
    const emptyHtml = render(<PageBody page={getPage('privacy')} practice={empty} />);
    expect(visibleText(emptyHtml)).toContain(
      'at any time: use the consultation form and say what you would like us to do.',
    );
    expect(emptyHtml).toContain('href="/consultation"');
    expect(visibleText(emptyHtml)).not.toContain('write to');
  });

  it('say the therapist works only with clients where she is licensed, once states are set', () => {
    const terms = getPage('terms');
    expect(visibleText(render(<PageBody page={terms} practice={full} />))).toContain(
      'located in California',
    );
    expect(visibleText(render(<PageBody page={terms} practice={empty} />))).not.toContain(
      'located in',
    );
  });
});

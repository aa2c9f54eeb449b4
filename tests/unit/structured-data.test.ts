import { describe, expect, it } from 'vitest';
import filled from '../fixtures/practice/filled.json';
import { readingProblems } from '../support/reads-well';
import { kapFaq } from '@/lib/content/pages';
import { parsePractice } from '@/lib/practice';
import { faqJsonLd, practiceJsonLd } from '@/lib/structured-data';

const empty = parsePractice({
  practiceName: 'Integrative Therapy for Moms',
  therapist: {},
  location: filled.location,
  contact: {},
});
const full = parsePractice(filled);

describe('the practice as MedicalBusiness', () => {
  it('serves San Jose, CA and names no one while the therapist’s name is empty', () => {
    const data = practiceJsonLd(empty);
    expect(data).toMatchObject({
      '@type': 'MedicalBusiness',
      name: 'Integrative Therapy for Moms',
      address: {
        '@type': 'PostalAddress',
        addressLocality: 'San Jose',
        addressRegion: 'CA',
        addressCountry: 'US',
      },
      areaServed: [
        {
          '@type': 'City',
          name: 'San Jose, CA',
          containedInPlace: { '@type': 'State', name: 'California' },
        },
      ],
    });
    expect(data).not.toHaveProperty('employee');
    expect(data).not.toHaveProperty('email');
    expect(data).not.toHaveProperty('telephone');
    expect(data).not.toHaveProperty('sameAs');
  });

  it('includes the therapist as a Person with her job title and licence once they are set', () => {
    const data = practiceJsonLd(full);
    expect(data).toMatchObject({
      email: 'hello@example.com',
      telephone: '(408) 555-0100',
      sameAs: ['https://instagram.com/example'],
      employee: {
        '@type': 'Person',
        name: 'Jane Example',
        jobTitle: 'Licensed Marriage and Family Therapist',
        honorificSuffix: 'LMFT',
        hasCredential: { name: 'Licensed Marriage and Family Therapist', identifier: '123456' },
      },
    });
  });
});

describe('the KAP FAQ', () => {
  it('gives every visible question and answer as FAQPage data', () => {
    const entries = kapFaq(parsePractice(filled));
    const data = faqJsonLd(entries);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity).toEqual(
      entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      })),
    );
  });

  it('reads well with and without telehealth states', () => {
    const withStates = kapFaq(parsePractice(filled)).find((entry) =>
      entry.question.includes('telehealth'),
    )!;
    expect(withStates.answer).toMatch(
      /^Yes, for clients located in California at the time of the session\. I join by video/,
    );
    const without = kapFaq(parsePractice({ ...filled, telehealthStates: [] })).find((entry) =>
      entry.question.includes('telehealth'),
    )!;
    expect(without.answer).toMatch(/^I join by video for the whole session/);
    expect(without.answer).not.toContain('located in');
  });
});

describe('the reading check used by the page tests', () => {
  it('catches empty headings, a bare licence label, leaked undefined and dangling punctuation', () => {
    expect(readingProblems('<h2></h2>')).toHaveLength(1);
    expect(readingProblems('<p>Jane Doe, License #</p>')).toHaveLength(1);
    expect(readingProblems('<p>Call undefined today</p>')).toHaveLength(1);
    expect(readingProblems('<p>In person in San Jose , and</p>')).toHaveLength(1);
    expect(readingProblems('<a href="mailto:">e-mail</a>')).toHaveLength(1);
    expect(
      readingProblems('<p>Jane Doe, License #123456. See the <a href="/terms">terms</a>.</p>'),
    ).toEqual([]);
  });
});

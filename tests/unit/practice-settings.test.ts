import { describe, expect, it } from 'vitest';
import filled from '../fixtures/practice/filled.json';
import committed from '@/content/practice.json';
import {
  cityLine,
  licenseLine,
  parsePractice,
  telehealthLine,
  telHref,
  therapistDisplayName,
} from '@/lib/practice';

const empty = parsePractice({
  practiceName: 'Integrative Therapy for Moms',
  therapist: {},
  location: filled.location,
  contact: {},
});

describe('practice settings', () => {
  it('accept the committed settings file', () => {
    expect(() => parsePractice(committed)).not.toThrow();
  });

  it('leave every optional field empty when the therapist has not filled it in', () => {
    expect(empty.therapist).toEqual({
      fullName: '',
      credentials: '',
      licenseTitle: '',
      licenseNumber: '',
      jobTitle: 'Therapist',
      bio: [],
      photo: '',
      photoAlt: '',
    });
    expect(empty.services).toEqual([]);
    expect(empty.telehealthStates).toEqual([]);
  });

  it('name the file and the wrong field when the settings are invalid', () => {
    expect(() =>
      parsePractice({ ...filled, contact: { email: 'not-an-email', phone: '' } }),
    ).toThrow(/content\/practice\.json[\s\S]*contact\.email/);
    expect(() =>
      parsePractice({ ...filled, social: [{ label: 'X', url: 'http://insecure.example' }] }),
    ).toThrow(/social/);
  });

  it('ask for a description of the photo, and a photo under public/', () => {
    expect(() =>
      parsePractice({ ...filled, therapist: { ...filled.therapist, photoAlt: '' } }),
    ).toThrow(/describe the photo[\s\S]*therapist\.photoAlt/);
    expect(() =>
      parsePractice({
        ...filled,
        therapist: { ...filled.therapist, photo: 'https://example.com/me.jpg' },
      }),
    ).toThrow(/put the photo in public\//);
    // The editor writes null for "no photo".
    expect(parsePractice({ ...filled, therapist: { photo: null } }).therapist.photo).toBe('');
  });

  it('give the licence line only when name, title and number are all set', () => {
    expect(licenseLine(empty)).toBeNull();
    const filledPractice = parsePractice(filled);
    expect(licenseLine(filledPractice)).toBe(
      'Jane Example, Licensed Marriage and Family Therapist, License #123456',
    );
    const noNumber = parsePractice({
      ...filled,
      therapist: { ...filled.therapist, licenseNumber: '' },
    });
    expect(licenseLine(noNumber)).toBeNull();
  });

  it('fall back to the practice name, and join states and phone numbers readably', () => {
    expect(therapistDisplayName(empty)).toBe('Integrative Therapy for Moms');
    expect(therapistDisplayName(parsePractice(filled))).toBe('Jane Example, LMFT');
    expect(cityLine(empty)).toBe('San Jose, California');
    expect(telehealthLine(empty)).toBe('');
    expect(telehealthLine(parsePractice({ ...filled, telehealthStates: ['California'] }))).toBe(
      'California',
    );
    expect(
      telehealthLine(
        parsePractice({ ...filled, telehealthStates: ['California', 'Oregon', 'Nevada'] }),
      ),
    ).toBe('California, Oregon and Nevada');
    expect(telHref('(408) 555-0100')).toBe('tel:4085550100');
  });
});

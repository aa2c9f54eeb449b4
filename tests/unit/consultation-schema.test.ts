import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  consultationRules,
  consultationSchema,
  firstErrors,
} from '@/lib/forms/consultation-schema';
import { validConsultation as valid } from '../support/consultation-request';

function errorsFor(input: Record<string, unknown>) {
  const result = consultationSchema.safeParse(input);
  return result.success ? {} : firstErrors<string>(result.error);
}

describe('consultationSchema', () => {
  it('accepts a complete request and trims what was typed', () => {
    const result = consultationSchema.parse({
      ...valid,
      name: '  Jane Doe ',
      message: 'Tom & Jerry <3',
    });
    expect(result.name).toBe('Jane Doe');
    expect(result.message).toBe('Tom & Jerry <3');
  });

  it('names each missing required field with how to fix it', () => {
    const errors = errorsFor({});
    expect(Object.keys(errors).sort()).toEqual([
      'consent',
      'contactMethod',
      'email',
      'inCalifornia',
      'interest',
      'name',
      'sessionFormat',
    ]);
    expect(errors.name).toMatch(/^Enter your name/);
    expect(errors.consent).toMatch(/Check the box/);
  });

  it('refuses a line break anywhere in the name or e-mail (they reach mail headers)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('\n', '\r', '\r\n', '\u2028'),
        fc.string({ maxLength: 20 }),
        (before, br, after) => {
          expect(
            errorsFor({ ...valid, email: `${before}${br}${after}@example.com` }).email,
          ).toBeDefined();
          const name = `J${before}${br}${after}`;
          expect(errorsFor({ ...valid, name }).name).toBeDefined();
        },
      ),
    );
  });

  it('refuses markup in text fields but keeps "<3" and "a < b"', () => {
    expect(errorsFor({ ...valid, name: '<b>Jane</b>' }).name).toMatch(/Remove the < and >/);
    expect(errorsFor({ ...valid, message: '<script>x</script>' }).message).toMatch(
      /plain text only/,
    );
    expect(errorsFor({ ...valid, message: 'I <3 my kids, and a < b' })).toEqual({});
  });

  it('says how long an entry may be and how long it is', () => {
    expect(errorsFor({ ...valid, name: 'x'.repeat(10_000) }).name).toBe(
      'Shorten your name to 100 characters or fewer (it has 10,000).',
    );
    expect(errorsFor({ ...valid, message: 'x'.repeat(1001) }).message).toMatch(
      /1,000 characters or fewer/,
    );
  });

  it('asks for a phone number when she chose a call or a text', () => {
    expect(errorsFor({ ...valid, contactMethod: 'phone' }).phone).toMatch(
      /Enter a phone number for the call/,
    );
    expect(errorsFor({ ...valid, contactMethod: 'text', phone: '(408) 555-0123' })).toEqual({});
  });

  it('gives the form its required and maxLength attributes', () => {
    expect(consultationRules.name).toEqual({ required: true, maxLength: 100 });
    expect(consultationRules.phone).toEqual({ required: false, maxLength: 30 });
    expect(consultationRules.message).toEqual({ required: false, maxLength: 1000 });
    expect(consultationRules.consent.required).toBe(true);
  });
});

/**
 * Fuzzes the form actions in-process with random and hostile payloads, against a real SQLite file in a
 * temporary DATA_DIR: no payload may make an action throw, and every row that ends up stored must pass
 * the form's own zod schema. Only Next's request plumbing is replaced: `headers()` answers with a
 * Headers object, `after()` collects its callbacks (the mail is not under test here) and `redirect()`
 * throws a marker, as the real one throws to end the action.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const scope = vi.hoisted(() => ({
  headers: new Headers(),
  afterCallbacks: [] as (() => unknown)[],
}));

vi.mock('next/headers', () => ({ headers: async () => scope.headers }));
vi.mock('next/server', () => ({
  after: (callback: () => unknown) => void scope.afterCallbacks.push(callback),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { redirectTo: url });
  },
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'form-fuzz-'));
process.env.DATA_DIR = dir;
process.env.TRUST_PROXY = '1';
process.env.NEWSLETTER_SECRET ??= 'fuzz-secret-for-the-unit-tests';
process.env.SITE_URL ??= 'http://127.0.0.1:3400';
process.env.PRACTICE_INBOX ??= 'practice-inbox@example.com';
process.env.RESEND_FROM ??= 'Fuzz <fuzz@example.com>';

const { closeDatabases, database } = await import('@/lib/db');
const { countLeads, findLeads } = await import('@/lib/db/leads');
const { outboxRows } = await import('@/lib/db/outbox');
const { allSubscribers } = await import('@/lib/db/subscribers');
const { submitConsultation } = await import('@/lib/forms/consultation-action');
const { consultationSchema, consultationFields } = await import('@/lib/forms/consultation-schema');
const { newsletterSchema } = await import('@/lib/forms/newsletter-schema');
const { subscribeToNewsletter, confirmNewsletter, unsubscribeFromNewsletter } =
  await import('@/lib/newsletter/actions');

beforeAll(() => {
  // The actions log a failed store with console.error; a fuzz run must not need it, so it is counted.
  vi.spyOn(console, 'error');
});
afterAll(async () => {
  await closeDatabases();
  fs.rmSync(dir, { recursive: true, force: true });
});

let clientNumber = 0;
/**
 * Each call from its own address, so the rate limit lets the valid ones through to the store; as
 * React sends it with JavaScript (the `Next-Action` header), or as a plain form post without.
 */
function newClient({ withJavaScript = true } = {}) {
  clientNumber += 1;
  scope.headers = new Headers({
    'x-forwarded-for': `10.${(clientNumber >> 16) & 255}.${(clientNumber >> 8) & 255}.${clientNumber & 255}`,
    ...(withJavaScript ? { 'next-action': 'fuzz-action-id' } : {}),
  });
}

// ---- hostile strings ----------------------------------------------------------------------------

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }), // any code point, lone surrogates included
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u0007',
      '\b',
      '\t',
      '\r',
      '\n',
      '\u000b',
      '\u001b',
      '\u007f',
      '\u2028',
      '\u2029',
      '\u200b',
      '\ufeff',
      '\u202e',
    ),
    maxLength: 20,
  }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '</textarea><b>bold</b>',
    'jane@example.com\r\nBcc: victim@example.com',
    'Subject: hi\r\n\r\nbody',
    'jane@example.com%0d%0aBcc:x@example.com',
    "Robert'); DROP TABLE leads;--",
    '__proto__',
    'constructor',
    'prototype',
    '{"__proto__":{"polluted":true}}',
    '${7*7}{{7*7}}',
    '../../etc/passwd',
    '',
    ' ',
    'on',
    'email',
    'phone',
    'yes',
    'kap',
    'telehealth',
  ),
  fc.nat({ max: 300_000 }).map((n) => 'x'.repeat(n)), // up to well past every limit
);

const validEmail = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.integer({ min: 0, max: 1e9 }))
  .map(([local, n]) => `${local}.${n}@example.com`);

/** Each field: mostly a value of the right shape (with hostile text where free text is allowed), sometimes anything. */
const field = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: right, weight: 9 }, { arbitrary: hostile, weight: 1 });
const plausibleConsultation = fc.record({
  name: field(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
      fc.constantFrom('Jane Doe', 'Zoë Ñúñez-Łukasz', '王小明', "O'Brien <3", '  Ana  '),
    ),
  ),
  email: field(
    fc.oneof(
      validEmail,
      validEmail.map((e) => ` ${e.toUpperCase()} `),
    ),
  ),
  phone: field(fc.oneof(fc.constant(''), fc.stringMatching(/^[+()\d\s.-]{0,30}$/))),
  contactMethod: field(fc.constantFrom('email', 'email', 'phone', 'text')),
  bestTime: field(fc.string({ maxLength: 120 })),
  interest: field(fc.constantFrom('kap', 'therapy-for-moms', 'not-sure')),
  sessionFormat: field(fc.constantFrom('in-person', 'telehealth')),
  inCalifornia: field(fc.constantFrom('yes', 'no')),
  message: field(fc.string({ unit: 'grapheme', maxLength: 1000 })),
  consent: field(fc.constant('on')),
});

type Entry = [string, string | Blob];

/** Arbitrary extra entries: repeated fields (arrays), files in text fields, prototype keys, junk names. */
const extraEntries = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        ...consultationFields,
        'website',
        'submissionId',
        '__proto__',
        'constructor',
        'prototype',
        'email[]',
        'toString',
        '$ACTION_ID_x',
      ),
      fc.string({ maxLength: 20 }),
    ),
    fc.oneof(
      hostile.map((s): string | Blob => s),
      hostile.map((s): string | Blob => new Blob([s])),
    ),
  ),
  { maxLength: 6 },
);

/** Some fields dropped, then the extras appended after (so `get` still sees the first value). */
const consultationEntries = fc
  .tuple(
    plausibleConsultation,
    fc.subarray([...consultationFields]),
    extraEntries,
    fc.option(hostile, { nil: undefined }),
    fc.option(hostile, { nil: undefined }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([fields, dropped, extras, token, website, extrasFirst, keepAll]) => {
    const base: Entry[] = Object.entries(fields).filter(
      ([name]) => !dropped.includes(name as never) || keepAll,
    );
    if (token !== undefined) base.push(['submissionId', token]);
    if (website !== undefined && !keepAll) base.push(['website', website]);
    return extrasFirst ? [...extras, ...base] : [...base, ...extras];
  });

function formData(entries: Entry[]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

// ---- checks of what was stored ------------------------------------------------------------------

async function expectEveryStoredLeadValid() {
  const db = await database();
  const rows = await findLeads(db);
  for (const row of rows) {
    const stored = {
      name: row.name,
      email: row.email,
      phone: row.phone,
      contactMethod: row.contact_method,
      bestTime: row.best_time,
      interest: row.interest,
      sessionFormat: row.session_format,
      inCalifornia: row.in_california,
      message: row.message,
      consent: 'on',
    };
    const parsed = consultationSchema.safeParse(stored);
    expect(
      parsed.success,
      `stored lead fails the schema: ${JSON.stringify(stored).slice(0, 300)}`,
    ).toBe(true);
    // Stored as validated: trimming again changes nothing.
    expect(parsed.data).toEqual(stored);
  }
  const mail = await outboxRows(db);
  const orphans = rows.filter((lead) => mail.filter((m) => m.lead_id === lead.id).length !== 2);
  expect(orphans, 'every lead has exactly its two e-mails in the outbox').toEqual([]);
  return rows.length;
}

async function expectEverySubscriberValid() {
  const rows = await allSubscribers(await database());
  for (const row of rows) {
    expect(
      newsletterSchema.safeParse({ email: row.email }).success,
      `stored subscriber fails the schema: ${JSON.stringify(row.email)}`,
    ).toBe(true);
    expect(row.email).toBe(row.email.trim().toLowerCase());
  }
  return rows.length;
}

function expectNoPrototypePollution() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
}

// ---- the properties -----------------------------------------------------------------------------

const previousConsultation = { status: 'idle' } as const;

describe('form actions under random and hostile payloads', () => {
  it('submitConsultation never throws and stores only valid leads', async () => {
    let received = 0;
    await fc.assert(
      fc.asyncProperty(consultationEntries, fc.boolean(), async (entries, withJavaScript) => {
        newClient({ withJavaScript });
        scope.afterCallbacks = [];
        const before = await countLeads(await database());
        // Without JavaScript a received request ends with a redirect to the confirmation page.
        const state = await submitConsultation(
          previousConsultation as never,
          formData(entries),
        ).catch((error: unknown) => {
          if (!withJavaScript && (error as { redirectTo?: string }).redirectTo) {
            expect((error as { redirectTo: string }).redirectTo).toBe('/consultation/received');
            return { status: 'received' } as const;
          }
          throw error;
        });
        expect(['received', 'invalid', 'error']).toContain(state.status);
        const after = await countLeads(await database());
        // A new lead schedules its mail exactly once; anything else schedules nothing.
        expect(scope.afterCallbacks.length).toBe(after - before);
        if (state.status === 'received') received += 1;
      }),
      { numRuns: 1500, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
    const stored = await expectEveryStoredLeadValid();
    expectNoPrototypePollution();
    expect(console.error).not.toHaveBeenCalled();
    // The generator is not so hostile that nothing gets through: the store is really exercised.
    expect(stored).toBeGreaterThan(100);
    expect(received).toBeGreaterThanOrEqual(stored);
  }, 180_000);

  it('subscribeToNewsletter never throws and stores only valid addresses', async () => {
    const emailValue = fc.oneof(
      validEmail,
      validEmail.map((e) => `  ${e.toUpperCase()}\t`),
      { arbitrary: hostile, weight: 3 },
    );
    const entries = fc
      .tuple(
        fc.option(emailValue, { nil: undefined }),
        extraEntries,
        fc.option(hostile, { nil: undefined }),
      )
      .map(([email, extras, website]): Entry[] => [
        ...(email === undefined ? [] : ([['email', email]] as Entry[])),
        ...(website !== undefined && website.length % 5 === 0
          ? ([['website', website]] as Entry[])
          : []),
        ...extras.map(([name, value]): Entry => [name === 'email' ? 'email2' : name, value]),
      ]);
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        newClient();
        const state = await subscribeToNewsletter({ status: 'idle' }, formData(list));
        expect(['sent', 'invalid', 'error']).toContain(state.status);
      }),
      { numRuns: 800 },
    );
    expect(await expectEverySubscriberValid()).toBeGreaterThan(40);
    expectNoPrototypePollution();
    expect(console.error).not.toHaveBeenCalled();
  }, 180_000);

  it('an action called with something other than a form (as a crafted request can) treats it as an empty form', async () => {
    const notAForm = fc.oneof(
      fc.anything(),
      fc.constantFrom(undefined, null, '', [], {}, { get: 1 }, Object.create(null) as object),
    );
    await fc.assert(
      fc.asyncProperty(notAForm, notAForm, async (previous, argument) => {
        newClient();
        expect((await submitConsultation(previous as never, argument as never)).status).toBe(
          'invalid',
        );
        expect((await subscribeToNewsletter(previous as never, argument as never)).status).toBe(
          'invalid',
        );
        for (const action of [confirmNewsletter, unsubscribeFromNewsletter]) {
          const outcome = await action(argument as never).then(
            () => 'returned',
            (error: unknown) => error,
          );
          expect(outcome).toHaveProperty('redirectTo');
        }
      }),
      { numRuns: 300 },
    );
    expectNoPrototypePollution();
  });

  it('the confirm and unsubscribe actions only ever redirect, whatever the token', async () => {
    const token = fc.oneof(
      hostile,
      fc.base64String({ maxLength: 200 }),
      fc.stringMatching(/^[A-Za-z0-9_.-]{0,200}$/),
    );
    const entries = fc
      .tuple(fc.option(token, { nil: undefined }), extraEntries)
      .map(([t, extras]): Entry[] => [
        ...(t === undefined ? [] : ([['token', t]] as Entry[])),
        ...extras,
      ]);
    const statuses = async () =>
      (await allSubscribers(await database())).map(({ id, status }) => ({ id, status }));
    const subscribersBefore = await statuses();
    for (const action of [confirmNewsletter, unsubscribeFromNewsletter]) {
      await fc.assert(
        fc.asyncProperty(entries, async (list) => {
          newClient();
          const outcome = await action(formData(list)).then(
            () => 'returned',
            (error: unknown) => error,
          );
          expect(outcome, 'the action ends with a redirect').toHaveProperty('redirectTo');
          expect((outcome as { redirectTo: string }).redirectTo).toMatch(/^\/newsletter\//);
        }),
        { numRuns: 500 },
      );
    }
    // Forged tokens change nobody's subscription.
    expect(await statuses()).toEqual(subscribersBefore);
    expectNoPrototypePollution();
  }, 180_000);
});

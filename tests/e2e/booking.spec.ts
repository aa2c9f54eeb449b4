/**
 * Booking a free consultation on /consultation, against the production build (the fixture
 * settings offer times every day; each server reads its own busy feed from the fake calendar):
 * with and without JavaScript a mother books a time, the next visitor no longer sees it, both
 * e-mails carry the calendar invitation, and her e-mail's link moves or cancels it. Serial: the
 * tests change the server's busy feed and book times the others look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { formatSlot } from '@/lib/booking/format';
import { findLeads } from '@/lib/db/leads';
import { emptyCalendar } from '../support/fake-calendar';
import { e2ePorts, e2ePracticeInbox } from '../support/e2e-env';
import {
  actAsNewClient,
  emailsAbout,
  npmRun,
  serverDatabase,
  uniqueEmail,
  type FakeEmail,
} from '../support/leads';
import {
  clientAddress,
  consultationFormData,
  consultationFormShape,
} from '../../scripts/lib/consultation-load';

test.describe.configure({ mode: 'serial' });

const zone = 'America/Los_Angeles';

/** The busy feed of the server this project talks to (tests/support/e2e-env.ts). */
const feedControl = () =>
  `http://127.0.0.1:${e2ePorts.fakeCalendar}/__test/feeds/e2e-${test.info().project.name}.ics`;

async function setFeed(body: string) {
  const response = await fetch(feedControl(), { method: 'PUT', body });
  expect(response.status).toBe(204);
  // The server keeps a feed BUSY_CALENDAR_REFRESH_MS (500 ms here) before reading it again.
  await new Promise((resolve) => setTimeout(resolve, 1200));
}

/** The times the page offers, as the instants the form posts. */
async function offeredStarts(page: Page): Promise<string[]> {
  return page
    .locator('input[type="radio"][name="slot"]')
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value).filter((v) => v !== 'none'),
    );
}

async function freshVisitorSees(browser: Browser, baseURL: string): Promise<string[]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/consultation');
  const starts = await offeredStarts(page);
  await context.close();
  return starts;
}

async function fillValid(page: Page, name: string, email: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('radio', { name: 'E-mail', exact: true }).check();
  await page.getByRole('radio', { name: 'Ketamine-Assisted Psychotherapy (KAP)' }).check();
  await page.getByRole('radio', { name: 'In person' }).check();
  await page.getByRole('radio', { name: 'Yes, I am in California' }).check();
  await page.getByRole('checkbox', { name: /I agree to be contacted/ }).check();
}

interface Invitation {
  method: string;
  uid: string;
  sequence: number;
  start: string;
  location: string;
}

function invitationOf(email: FakeEmail): Invitation | null {
  const file = email.attachments?.find((a) => a.filename?.endsWith('.ics'));
  if (!file?.content) return null;
  const calendar = new ICAL.Component(ICAL.parse(Buffer.from(file.content, 'base64').toString()));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    location: String(event.getFirstPropertyValue('location')),
  };
}

/** Her e-mails and the practice's about her, with the invitation of each, once `count` arrived. */
async function invitationsAbout(email: string, method: string, count = 2) {
  let found: { email: FakeEmail; invitation: Invitation }[] = [];
  await expect
    .poll(
      async () => {
        found = (await emailsAbout(email)).flatMap((e) => {
          const invitation = invitationOf(e);
          return invitation?.method === method ? [{ email: e, invitation }] : [];
        });
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  return {
    toHer: found.filter((f) => f.email.to.includes(email)),
    toPractice: found.filter((f) => f.email.to.includes(e2ePracticeInbox)),
  };
}

/** The link to her booking's page, from her confirmation e-mail. */
function manageLink(email: FakeEmail): string {
  const href = /href="([^"]*\/consultation\/booking\?token=[^"]*)"/.exec(email.html ?? '')?.[1];
  expect(href).toBeDefined();
  return href!.replaceAll('&amp;', '&');
}

const iso = (instant: string) => new Date(instant).toISOString();

for (const javaScriptEnabled of [true, false]) {
  test(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: a mother books a time, the next visitor no longer sees it, both e-mails invite, her link ${javaScriptEnabled ? 'cancels' : 'moves, then cancels'} it`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled });
    const page = await context.newPage();
    await actAsNewClient(page);
    const email = uniqueEmail(javaScriptEnabled ? 'booker-js' : 'booker-nojs');
    await page.goto('/consultation');
    const starts = await offeredStarts(page);
    // Distinct times per test, away from the first ones other specs might take.
    const start = starts[javaScriptEnabled ? 4 : 7]!;
    const slot = { start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() };
    const time = formatSlot(slot, zone);
    await page.locator(`input[name="slot"][value="${start}"]`).check();
    await fillValid(page, 'Maya Booker', email);
    await page
      .getByRole('button', {
        name: javaScriptEnabled ? 'Book my free consultation' : 'Request my free consultation',
      })
      .click();

    const heading = page.getByRole('heading', {
      name: 'Thank you, Maya Booker. Your free consultation is booked.',
    });
    await expect(heading).toBeVisible();
    if (javaScriptEnabled) await expect(heading).toBeFocused();
    else expect(new URL(page.url()).pathname).toBe('/consultation/booking');
    await expect(page.getByText(`We will talk on ${time}.`)).toBeVisible();

    // The next visitor is not offered it.
    expect(await freshVisitorSees(browser, baseURL!)).not.toContain(start);

    // Both e-mails carry the invitation for that time, under one UID.
    const booked = await invitationsAbout(email, 'REQUEST');
    expect(booked.toHer).toHaveLength(1);
    expect(booked.toPractice).toHaveLength(1);
    for (const { invitation } of [...booked.toHer, ...booked.toPractice]) {
      expect(invitation.start).toBe(iso(start));
      expect(invitation.sequence).toBe(0);
      expect(invitation.location).toBe('123 Example Street, San Jose, CA 95110');
    }
    const uid = booked.toHer[0]!.invitation.uid;
    expect(booked.toPractice[0]!.invitation.uid).toBe(uid);
    expect(booked.toHer[0]!.email.text).toContain(time);
    expect(booked.toPractice[0]!.email.subject).toContain('Maya Booker');

    // The therapist's list of what is ahead names her and the time.
    const ahead = await npmRun('leads', ['--upcoming']);
    expect(ahead.code).toBe(0);
    expect(ahead.stdout).toContain(email);
    expect(ahead.stdout).toContain(time);

    // Her link: opening it changes nothing (mail scanners open links).
    const link = manageLink(booked.toHer[0]!.email);
    await page.goto(link);
    await expect(page.getByText(`We will talk on ${time}.`)).toBeVisible();
    expect(await freshVisitorSees(browser, baseURL!)).not.toContain(start);

    let current = start;
    if (!javaScriptEnabled) {
      // Move it to another open time: a new invitation, same UID, higher SEQUENCE.
      const other = (await offeredStarts(page)).find(
        (s) => s !== start && !starts.slice(0, 6).includes(s),
      )!;
      await page.locator(`input[name="slot"][value="${other}"]`).check();
      await page.getByRole('button', { name: 'Move my consultation to this time' }).click();
      await expect(page.getByText('Your consultation is moved.')).toBeVisible();
      const movedTime = formatSlot(
        { start: other, end: new Date(Date.parse(other) + 30 * 60_000).toISOString() },
        zone,
      );
      await expect(page.getByText(`We will talk on ${movedTime}.`)).toBeVisible();
      const moved = await invitationsAbout(email, 'REQUEST', 4);
      const latest = [...moved.toHer, ...moved.toPractice].filter(
        (f) => f.invitation.sequence === 1,
      );
      expect(latest).toHaveLength(2);
      for (const { invitation } of latest) {
        expect(invitation.uid).toBe(uid);
        expect(invitation.start).toBe(iso(other));
      }
      const seen = await freshVisitorSees(browser, baseURL!);
      expect(seen).toContain(start);
      expect(seen).not.toContain(other);
      current = other;
    }

    await page.getByRole('button', { name: 'Cancel this consultation' }).click();
    await expect(page.getByText('This consultation is cancelled')).toBeVisible();
    expect(await freshVisitorSees(browser, baseURL!)).toContain(current);
    const cancelled = await invitationsAbout(email, 'CANCEL');
    expect(cancelled.toHer).toHaveLength(1);
    expect(cancelled.toPractice).toHaveLength(1);
    for (const { invitation } of [...cancelled.toHer, ...cancelled.toPractice]) {
      expect(invitation.uid).toBe(uid);
      expect(invitation.start).toBe(iso(current));
      expect(invitation.sequence).toBe(javaScriptEnabled ? 1 : 2);
    }
    await context.close();
  });
}

test('without JavaScript, an entry to correct keeps the time she chose and everything she typed', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await actAsNewClient(page);
  await page.goto('/consultation');
  const start = (await offeredStarts(page))[20]!;
  await page.locator(`input[name="slot"][value="${start}"]`).check();
  await fillValid(page, 'Ivy Typo', 'ivy.example.com');
  // The browser checks the address first; the server must say it too.
  await page
    .locator('form:has(#consultation-name)')
    .evaluate((form) => form.setAttribute('novalidate', ''));
  await page.getByRole('button', { name: 'Request my free consultation' }).click();
  await expect(page.getByRole('heading', { name: /One entry needs a change/ })).toBeVisible();
  await expect(page.locator(`input[name="slot"][value="${start}"]`)).toBeChecked();
  await expect(page.getByLabel('Your name')).toHaveValue('Ivy Typo');
  expect(await freshVisitorSees(browser, baseURL!)).toContain(start);
  await context.close();
});

test('20 mothers posting one time at once: one booking, nineteen keep their entries and see fresh times, no 5xx', async ({
  baseURL,
}) => {
  const hidden = await consultationFormShape(baseURL!);
  const html = await (await fetch(`${baseURL}/consultation`)).text();
  const starts = [...html.matchAll(/name="slot" value="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((v) => v !== 'none');
  const start = starts[10]!;
  const prefix = `race-${Date.now()}`;
  const answers = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const form = consultationFormData(hidden, i, `${prefix}-${i}@example.com`);
      form.append('slot', start);
      const response = await fetch(`${baseURL}/consultation`, {
        method: 'POST',
        body: form,
        redirect: 'manual',
        headers: { 'x-forwarded-for': clientAddress(5000 + i), origin: new URL(baseURL!).origin },
      });
      return {
        i,
        status: response.status,
        location: response.headers.get('location') ?? '',
        text: await response.text(),
      };
    }),
  );
  expect(answers.filter((a) => a.status >= 500)).toEqual([]);
  const booked = answers.filter((a) => a.status === 303);
  expect(booked).toHaveLength(1);
  expect(booked[0]!.location).toContain('/consultation/booking?token=');
  const others = answers.filter((a) => a.status !== 303);
  expect(others).toHaveLength(19);
  for (const answer of others) {
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('That time was just taken');
    // Her entries are still in the form.
    expect(answer.text).toContain(`value="Bench Mother ${answer.i}"`);
    expect(answer.text).toContain(`value="${prefix}-${answer.i}@example.com"`);
    // Fresh times, without the one taken.
    expect(answer.text).toContain('name="slot"');
    expect(answer.text).not.toContain(`value="${start}"`);
  }
  // One request stored, with its booking; nothing of the others half-stored.
  const db = await serverDatabase();
  expect(await findLeads(db, { emailPrefix: prefix })).toHaveLength(1);
});

test('a busy event in her calendar removes its time; an unreadable calendar offers none and the request form still works', async ({
  page,
}) => {
  await page.goto('/consultation');
  const starts = await offeredStarts(page);
  const busy = starts[12]!;
  const stamp = (instant: string) =>
    iso(instant)
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  await setFeed(
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//tests//busy//EN',
      'BEGIN:VEVENT',
      'UID:busy-1@tests',
      `DTSTAMP:${stamp(new Date().toISOString())}`,
      `DTSTART:${stamp(busy)}`,
      `DTEND:${stamp(new Date(Date.parse(busy) + 20 * 60_000).toISOString())}`,
      'SUMMARY:Client session',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  try {
    await page.goto('/consultation');
    const now = await offeredStarts(page);
    expect(now).not.toContain(busy);
    expect(now).toContain(starts[13]);

    await setFeed('<!doctype html><title>Sign in</title>');
    await actAsNewClient(page);
    await page.goto('/consultation');
    expect(await offeredStarts(page)).toEqual([]);
    await expect(page.getByRole('group', { name: 'Choose a time for your free call' })).toHaveCount(
      0,
    );
    const email = uniqueEmail('feed-down');
    await fillValid(page, 'Nora Request', email);
    await page.getByRole('button', { name: 'Request my free consultation' }).click();
    await expect(page.getByRole('heading', { name: /Your request was received/ })).toBeVisible();
    expect(await findLeads(await serverDatabase(), { email })).toHaveLength(1);
  } finally {
    await setFeed(emptyCalendar);
  }
});

test('a forged or changed link to a booking answers 404 with a page that says so', async ({
  page,
}) => {
  for (const token of ['not-a-token', 'eyJwdXJwb3NlIjoiYm9va2luZyJ9.forged', '']) {
    const response = await page.goto(`/consultation/booking?token=${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
  }
});

test('the times and her booking page: axe finds nothing, radio targets are 24px, and they read well at 390 and 1280 px', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await actAsNewClient(page);
  const axe = () =>
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
  const shots = path.resolve('test-results/booking-screens');
  fs.mkdirSync(shots, { recursive: true });

  await page.goto('/consultation');
  expect((await axe()).violations).toEqual([]);
  const radio = page.locator('input[name="slot"]').first();
  const box = await radio.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);

  // A time taken while she filled in the form: the message is announced and focused.
  const starts = await offeredStarts(page);
  const start = starts[15]!;
  await page.locator(`input[name="slot"][value="${start}"]`).check();
  const lena = uniqueEmail('look');
  await fillValid(page, 'Lena Look', lena);
  await page.getByRole('button', { name: 'Book my free consultation' }).click();
  await expect(
    page.getByRole('heading', { name: /Your free consultation is booked/ }),
  ).toBeVisible();

  const other = await browser.newContext({ baseURL });
  const second = await other.newPage();
  await actAsNewClient(second);
  await second.goto('/consultation');
  await fillValid(second, 'Tess Late', uniqueEmail('late'));
  const later = (await offeredStarts(second))[15]!;
  await second.locator(`input[name="slot"][value="${later}"]`).check();
  // Someone else takes it first.
  const third = await browser.newContext({ baseURL });
  const thirdPage = await third.newPage();
  await actAsNewClient(thirdPage);
  await thirdPage.goto('/consultation');
  await thirdPage.locator(`input[name="slot"][value="${later}"]`).check();
  await fillValid(thirdPage, 'Ada First', uniqueEmail('first'));
  await thirdPage.getByRole('button', { name: 'Book my free consultation' }).click();
  await expect(
    thirdPage.getByRole('heading', { name: /Your free consultation is booked/ }),
  ).toBeVisible();
  await second.getByRole('button', { name: 'Book my free consultation' }).click();
  const summary = second.locator('#consultation-summary');
  await expect(summary.getByRole('heading', { name: 'That time was just taken' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(second.getByLabel('Your name')).toHaveValue('Tess Late');
  expect(await offeredStarts(second)).not.toContain(later);
  expect(
    (
      await new AxeBuilder({ page: second })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze()
    ).violations,
  ).toEqual([]);

  for (const width of [390, 1280]) {
    await second.setViewportSize({ width, height: 900 });
    await second.screenshot({
      path: path.join(shots, `consultation-taken-${width}.png`),
      fullPage: true,
    });
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/consultation');
    await page.screenshot({ path: path.join(shots, `consultation-${width}.png`), fullPage: true });
  }

  // Her booking page, from her e-mail.
  const { toHer } = await invitationsAbout(lena, 'REQUEST');
  await page.goto(manageLink(toHer[0]!.email));
  await expect(page.getByRole('button', { name: 'Cancel this consultation' })).toBeVisible();
  expect((await axe()).violations).toEqual([]);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(shots, `manage-${width}.png`), fullPage: true });
  }
  await other.close();
  await third.close();
  await context.close();
});

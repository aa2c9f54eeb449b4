import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { outboxRows } from '@/lib/db/outbox';
import { findSubscriber } from '@/lib/db/subscribers';
import { signLink } from '@/lib/signed-links';
import { e2eNewsletterSecret, e2eSegmentId } from '../support/e2e-env';
import {
  actAsNewClient,
  emailsAbout,
  fakeBroadcasts,
  fakeContacts,
  npmRun,
  serverDatabase,
  subscriberStatus,
  uniqueEmail,
} from '../support/leads';

const kapSlug = 'ketamine-assisted-psychotherapy-for-moms';

const hasContact = async (email: string) =>
  (await fakeContacts()).some((contact) => contact.email === email);

/** Where the removal of her Resend contact stands in the outbox. */
async function removalStatus(email: string) {
  const db = await serverDatabase();
  const subscriber = await findSubscriber(db, email);
  if (!subscriber) return undefined;
  const rows = await outboxRows(db, { subscriberId: subscriber.id });
  return rows.find((row) => row.operation === 'contact-remove')?.status;
}

async function signUp(page: Page, email: string) {
  const form = page.locator('#newsletter');
  await form.getByLabel('E-mail address').fill(email);
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expect(form.getByText('Almost done: check your inbox.')).toBeVisible();
}

/** A new reader who signed up and confirmed: her Resend contact exists. */
async function confirmedReader(page: Page): Promise<string> {
  await actAsNewClient(page);
  const email = uniqueEmail('reader');
  await page.goto('/');
  await signUp(page, email);
  await page.goto(await confirmationLink(email));
  await page.getByRole('button', { name: 'Confirm my sign-up' }).click();
  await expect(page.getByRole('heading', { name: "You're subscribed" })).toBeVisible();
  await expect.poll(() => hasContact(email)).toBe(true);
  return email;
}

/** The confirmation e-mail's link, as the fake Resend received it. */
async function confirmationLink(email: string): Promise<string> {
  await expect.poll(() => emailsAbout(email).then((mails) => mails.length)).toBe(1);
  const [mail] = await emailsAbout(email);
  const link = mail!.html!.match(/href="([^"]*\/newsletter\/confirm\?token=[^"]+)"/)?.[1];
  expect(link).toBeTruthy();
  return link!.replaceAll('&amp;', '&');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`newsletter, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('sign-up, confirmation e-mail, link, confirm page, subscribed, Resend contact', async ({
      page,
    }) => {
      await actAsNewClient(page);
      const email = uniqueEmail('reader');
      await page.goto(`/blog/${kapSlug}`);
      await expect(
        page.locator('#newsletter').getByRole('link', { name: 'Terms and Conditions' }),
      ).toHaveAttribute('href', '/terms');
      await expect(
        page.locator('#newsletter').getByRole('link', { name: 'Privacy policy' }),
      ).toHaveAttribute('href', '/privacy');
      await signUp(page, email);

      const link = await confirmationLink(email);
      const [mail] = await emailsAbout(email);
      expect(mail!.headers?.['List-Unsubscribe']).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/api\/newsletter\/unsubscribe\?token=.+>$/,
      );
      expect(mail!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(mail!.text).toContain('Confirm my sign-up');

      // Opening the link (as a mail scanner would) confirms nothing by itself.
      await page.goto(link);
      await expect(
        page.getByRole('heading', { name: 'Confirm your newsletter sign-up' }),
      ).toBeVisible();
      expect(await subscriberStatus(email)).toBe('pending');
      expect((await fakeContacts()).some((c) => c.email === email)).toBe(false);

      await page.getByRole('button', { name: 'Confirm my sign-up' }).click();
      await expect(page).toHaveURL(/\/newsletter\/subscribed$/);
      await expect(page.getByRole('heading', { name: "You're subscribed" })).toBeVisible();
      expect(await subscriberStatus(email)).toBe('confirmed');
      await expect
        .poll(async () => (await fakeContacts()).find((c) => c.email === email)?.segments)
        .toEqual([e2eSegmentId]);

      // The same link again: a clear word, no second contact.
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'You are already subscribed' })).toBeVisible();
      expect((await fakeContacts()).filter((c) => c.email === email)).toHaveLength(1);
    });

    test('an invalid address gets a message at the field and keeps what was typed', async ({
      page,
    }) => {
      await page.goto('/');
      const form = page.locator('#newsletter');
      await form.locator('form').evaluate((f) => f.setAttribute('novalidate', ''));
      await form.getByLabel('E-mail address').fill('reader@');
      await form.getByRole('button', { name: 'Sign up' }).click();
      await expect(page.locator('#newsletter-email-error')).toHaveText(
        /Enter a complete e-mail address/,
      );
      await expect(page.locator('#newsletter').getByLabel('E-mail address')).toHaveValue('reader@');
      await expect(page.locator('#newsletter').getByLabel('E-mail address')).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
  });
}

test('an expired link says so and offers to sign up again', async ({ page }) => {
  const email = uniqueEmail('reader');
  const token = signLink(
    { purpose: 'confirm', email, nonce: 'x', expiresAt: Date.now() - 60_000 },
    e2eNewsletterSecret,
  );
  await page.goto(`/newsletter/confirm?token=${token}`);
  await expect(
    page.getByRole('heading', { name: 'This confirmation link has expired' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign up again' })).toBeVisible();
});

test('a forged link is refused', async ({ page }) => {
  const email = uniqueEmail('reader');
  const token = signLink(
    { purpose: 'confirm', email, nonce: 'x', expiresAt: Date.now() + 3600_000 },
    'not-the-secret',
  );
  await page.goto(`/newsletter/confirm?token=${token}`);
  await expect(
    page.getByRole('heading', { name: 'This confirmation link is not valid' }),
  ).toBeVisible();
  await page.goto('/newsletter/confirm?token=garbage');
  await expect(
    page.getByRole('heading', { name: 'This confirmation link is not valid' }),
  ).toBeVisible();
  await page.goto('/newsletter/confirm');
  await expect(
    page.getByRole('heading', { name: 'This confirmation link is not valid' }),
  ).toBeVisible();
});

test('unsubscribing from the link in the e-mail, and one-click from the header', async ({
  page,
  request,
}) => {
  const email = await confirmedReader(page);

  const [mail] = await emailsAbout(email);
  const unsubscribePage = mail!.html!.match(
    /href="([^"]*\/newsletter\/unsubscribe\?token=[^"]+)"/,
  )![1]!;
  await page.goto(unsubscribePage);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  expect(await subscriberStatus(email)).toBe('unsubscribed');
  // Unsubscribing deletes: her contact is removed from Resend.
  await expect.poll(() => hasContact(email)).toBe(false);

  const oneClick = mail!.headers!['List-Unsubscribe']!.slice(1, -1);
  const response = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
  expect(response.status()).toBe(200);
  const forged = await request.post(oneClick.replace(/token=.*/, 'token=forged.forged'), {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(forged.status()).toBe(400);
});

test('GET on the List-Unsubscribe address answers 200 with one button, which unsubscribes and deletes the address', async ({
  page,
}) => {
  const email = await confirmedReader(page);

  // What a mail client that opens the header's address, rather than posting to it, shows.
  const [mail] = await emailsAbout(email);
  const listUnsubscribe = mail!.headers!['List-Unsubscribe']!.slice(1, -1);
  expect(new URL(listUnsubscribe).pathname).toBe('/api/newsletter/unsubscribe');
  const response = await page.goto(listUnsubscribe);
  expect(response?.status()).toBe(200);
  await expect(
    page.getByRole('heading', { name: 'Unsubscribe from the newsletter' }),
  ).toBeVisible();
  const buttons = page.getByRole('main').getByRole('button');
  await expect(buttons).toHaveCount(1);
  // Opening the address changed nothing (a mail scanner may open it).
  expect(await subscriberStatus(email)).toBe('confirmed');

  await buttons.click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible();
  expect(await subscriberStatus(email)).toBe('unsubscribed');
  await expect.poll(() => hasContact(email)).toBe(false);

  // Once Resend has removed her, the purge (daily, /api/cron, npm run leads -- --purge) deletes her address.
  await expect.poll(() => removalStatus(email)).toBe('sent');
  const purge = await npmRun('leads', ['--purge']);
  expect(purge.code).toBe(0);
  expect(await subscriberStatus(email)).toBeUndefined();
});

test('a consultation request never subscribes anyone', async ({ page }) => {
  await actAsNewClient(page);
  const email = uniqueEmail();
  await page.goto('/consultation');
  await page.getByLabel('Your name').fill('Jane Doe');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('radio', { name: 'E-mail' }).check();
  await page.getByRole('radio', { name: 'Not sure yet' }).check();
  await page.getByRole('radio', { name: 'In person in San Jose' }).check();
  await page.getByRole('radio', { name: 'Yes, I am in California' }).check();
  await page.getByRole('checkbox', { name: /I agree to be contacted/ }).check();
  await page.getByRole('button', { name: 'Request my free consultation' }).click();
  await expect(page.getByRole('heading', { name: /Your request was received/ })).toBeVisible();
  await expect.poll(() => emailsAbout(email).then((m) => m.length)).toBe(2);
  expect(await subscriberStatus(email)).toBeUndefined();
  expect((await fakeContacts()).some((c) => c.email === email)).toBe(false);
});

test.describe('npm run announce', () => {
  // A broadcast is made in Resend from the post alone: it reads no database, so once is enough.
  test.beforeEach(() => {
    test.skip(test.info().project.name === 'postgres', 'announce reads no database');
  });

  test('builds a broadcast draft for the KAP post', async () => {
    const before = (await fakeBroadcasts()).length;
    const result = await npmRun('announce', [kapSlug]);
    expect(result.stderr).not.toContain('Not announced');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Broadcast draft \S+ created/);
    const broadcasts = await fakeBroadcasts();
    expect(broadcasts).toHaveLength(before + 1);
    const broadcast = broadcasts.at(-1)!;
    expect(broadcast.status).toBe('draft');
    expect(broadcast.body.segment_id).toBe(e2eSegmentId);
    expect(broadcast.body.subject).toBe(
      'Ketamine-Assisted Psychotherapy: A Gentle Path of Healing for Moms',
    );
    expect(broadcast.body.html).toContain(`/blog/${kapSlug}`);
    expect(broadcast.body.html).toContain('{{{RESEND_UNSUBSCRIBE_URL}}}');
    expect(broadcast.body.text).toContain('Unsubscribe');
  });

  for (const [slug, message] of [
    ['fixture-draft-post', /is a draft/],
    ['fixture-future-post', /is scheduled for \d{4}-\d{2}-\d{2} and not published yet/],
    ['no-such-post', /No post has the slug "no-such-post"/],
  ] as const) {
    test(`refuses ${slug}`, async () => {
      const before = (await fakeBroadcasts()).length;
      const result = await npmRun('announce', [slug]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(await fakeBroadcasts()).toHaveLength(before);
    });
  }
});

test('the sign-up form and the confirm page have no WCAG 2.2 AA violations', async ({ page }) => {
  await actAsNewClient(page);
  const axe = () =>
    new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
  const email = uniqueEmail('reader');
  await page.goto('/');
  await signUp(page, email);
  expect((await axe()).violations).toEqual([]);
  await page.goto(await confirmationLink(email));
  expect((await axe()).violations).toEqual([]);
});

import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { consultationRules } from '@/lib/forms/consultation-schema';
import { e2ePostgresServerEnv, e2ePracticeInbox } from '../support/e2e-env';
import {
  actAsNewClient,
  emailsAbout,
  leadsWithEmail,
  npmRun,
  outboxOfLead,
  setResendMode,
  uniqueEmail,
} from '../support/leads';

interface Entries {
  name: string;
  email: string;
  phone?: string;
  bestTime?: string;
  message?: string;
  inCalifornia?: 'yes' | 'no';
}

async function fillValid(page: Page, entries: Entries) {
  await page.getByLabel('Your name').fill(entries.name);
  await page.getByLabel('E-mail address').fill(entries.email);
  if (entries.phone) await page.getByLabel('Phone number').fill(entries.phone);
  await page.getByRole('radio', { name: 'E-mail' }).check();
  if (entries.bestTime) await page.getByLabel('Best time to reach you').fill(entries.bestTime);
  await page.getByRole('radio', { name: 'Ketamine-Assisted Psychotherapy (KAP)' }).check();
  await page.getByRole('radio', { name: 'Telehealth (video)' }).check();
  await page
    .getByRole('radio', {
      name:
        entries.inCalifornia === 'no' ? 'No, I am outside California' : 'Yes, I am in California',
    })
    .check();
  if (entries.message)
    await page.getByLabel('Anything you would like us to know').fill(entries.message);
  await page.getByRole('checkbox', { name: /I agree to be contacted/ }).check();
}

const submit = (page: Page) =>
  page.getByRole('button', { name: 'Request my free consultation' }).click();
const received = (page: Page) => page.getByRole('heading', { name: /Your request was received/ });

/** Jane sends a valid request and sees it received; returns it as stored. */
async function requestAsJane(page: Page, email: string) {
  await page.goto('/consultation');
  await fillValid(page, { name: 'Jane Doe', email });
  await submit(page);
  await expect(received(page)).toBeVisible();
  const [lead] = await leadsWithEmail(email);
  expect(lead).toBeDefined();
  return lead!;
}

/** Every answer to a POST on the page, to prove none is a 5xx. */
function recordPostStatuses(page: Page): number[] {
  const statuses: number[] = [];
  page.on('response', (response: Response) => {
    if (response.request().method() === 'POST') statuses.push(response.status());
  });
  return statuses;
}

/**
 * Replaces placeholder text in the form's POST body before it leaves the browser: how a crafted
 * request (a line break in the e-mail, 10,000 characters past `maxlength`) reaches the server.
 */
async function rewriteSubmission(page: Page, replacements: Record<string, string>) {
  await page.route('**/consultation', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    let body = request.postDataBuffer()?.toString('utf8') ?? '';
    for (const [from, to] of Object.entries(replacements)) body = body.replaceAll(from, to);
    return route.continue({ postData: Buffer.from(body, 'utf8') });
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`consultation request, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test.beforeEach(async ({ page }) => {
      await actAsNewClient(page);
    });

    test('a valid request shows the confirmation, stores one lead and sends two e-mails', async ({
      page,
    }) => {
      const email = uniqueEmail();
      const statuses = recordPostStatuses(page);
      await page.goto('/consultation');
      await expect(
        page.getByText('I can only see clients who are located in California'),
      ).toBeVisible();
      await expect(
        page.getByText('Please do not include private health information'),
      ).toBeVisible();
      await fillValid(page, { name: 'Jane Doe', email, message: 'Mornings are easiest.' });
      await submit(page);

      await expect(received(page)).toBeVisible();
      await expect(page.getByText('We will get back to you')).toBeVisible();
      await expect(page.getByRole('main').getByText('Need help right now?')).toBeVisible();
      for (const [name, href] of [
        ['call 988', 'tel:988'],
        ['text 988', 'sms:988'],
      ] as const)
        await expect(
          page.getByRole('main').getByRole('link', { name, exact: true }),
        ).toHaveAttribute('href', href);
      expect(statuses.every((s) => s < 500)).toBe(true);

      const leads = await leadsWithEmail(email);
      expect(leads).toHaveLength(1);
      await expect.poll(() => emailsAbout(email).then((e) => e.length)).toBe(2);
      const mails = await emailsAbout(email);
      const notification = mails.find((m) => m.to.includes(e2ePracticeInbox));
      const confirmation = mails.find((m) => m.to.includes(email));
      expect(notification?.reply_to).toBe(email);
      expect(notification?.subject).toBe('New consultation request from Jane Doe');
      expect(notification?.text).toContain('Mornings are easiest.');
      // The crisis note in its two groups, in both parts of her confirmation.
      expect(confirmation?.text).toMatch(
        /Crisis and emergency lines\s+In immediate danger: call 911\.?\s+988 Suicide & Crisis Lifeline: call 988 or text 988/,
      );
      expect(confirmation?.text).toMatch(
        /Support lines for moms \(not crisis lines\)\s+Postpartum Support International HelpLine: call or text 1-800-944-4773 — support and resources, not a crisis line/,
      );
      expect(confirmation?.text).not.toContain('tel:');
      for (const href of [
        'tel:911',
        'tel:988',
        'sms:988',
        'sms:741741?body=HOME',
        'tel:+18009444773',
      ])
        expect(confirmation?.html).toContain(`href="${href}"`);
      await expect
        .poll(async () => (await outboxOfLead(leads[0]!.id)).map((row) => row.status))
        .toEqual(['sent', 'sent']);
    });

    test('invalid entries get a message at each field, keep what was typed, and store and send nothing', async ({
      page,
    }) => {
      const email = uniqueEmail();
      const statuses = recordPostStatuses(page);
      await page.goto('/consultation');
      await rewriteSubmission(page, {
        NAME_PLACEHOLDER: 'N'.repeat(10_000),
        MESSAGE_PLACEHOLDER: 'M'.repeat(50_000),
      });
      await fillValid(page, {
        name: 'NAME_PLACEHOLDER',
        email,
        bestTime: 'Weekday mornings',
        message: 'MESSAGE_PLACEHOLDER',
      });
      await submit(page);

      const name = page.getByLabel('Your name');
      await expect(name).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#consultation-name-error')).toHaveText(
        /Shorten your name to 100 characters or fewer \(it has 10,000\)/,
      );
      await expect(page.locator('#consultation-message-error')).toHaveText(
        /Shorten your message to 1,000 characters or fewer \(it has 50,000\)/,
      );
      await expect(name).toHaveAttribute('aria-describedby', /consultation-name-error/);
      await expect(page.locator('#consultation-summary')).toContainText('2 entries need a change');
      // Everything else she typed is still there.
      await expect(page.getByLabel('E-mail address')).toHaveValue(email);
      await expect(page.getByLabel('Best time to reach you')).toHaveValue('Weekday mornings');
      await expect(page.getByRole('radio', { name: 'Telehealth (video)' })).toBeChecked();
      await expect(page.getByRole('checkbox', { name: /I agree to be contacted/ })).toBeChecked();
      if (javaScriptEnabled) await expect(name).toBeFocused();

      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s < 500)).toBe(true);
      expect(await leadsWithEmail(email)).toHaveLength(0);
      expect(await emailsAbout(email)).toHaveLength(0);
    });

    test('an empty form says what each required field needs', async ({ page }) => {
      const statuses = recordPostStatuses(page);
      await page.goto('/consultation');
      // Without JavaScript the browser checks `required` first; the server must say it too.
      await page
        .locator('form:has(#consultation-name)')
        .evaluate((form) => form.setAttribute('novalidate', ''));
      await submit(page);
      await expect(page.locator('#consultation-name-error')).toHaveText(/Enter your name/);
      await expect(page.locator('#consultation-email-error')).toHaveText(
        /Enter your e-mail address/,
      );
      await expect(page.locator('#consultation-contactMethod-error')).toHaveText(
        /Choose how you would like to be contacted/,
      );
      await expect(page.locator('#consultation-interest-error')).toBeVisible();
      await expect(page.locator('#consultation-sessionFormat-error')).toBeVisible();
      await expect(page.locator('#consultation-inCalifornia-error')).toHaveText(
        /located in California/,
      );
      await expect(page.locator('#consultation-consent-error')).toHaveText(/Check the box/);
      await expect(page.locator('#consultation-phone-error')).toHaveCount(0);
      await expect(page.locator('#consultation-message-error')).toHaveCount(0);
      if (javaScriptEnabled) await expect(page.getByLabel('Your name')).toBeFocused();
      expect(statuses.every((s) => s < 500)).toBe(true);
    });

    test('an incomplete e-mail address and one with a line break are refused at the e-mail field', async ({
      page,
    }) => {
      const base = uniqueEmail();
      await page.goto('/consultation');
      await fillValid(page, { name: 'Jane Doe', email: 'jane@' });
      await page
        .locator('form:has(#consultation-name)')
        .evaluate((form) => form.setAttribute('novalidate', ''));
      await submit(page);
      await expect(page.locator('#consultation-email-error')).toHaveText(
        /Enter a complete e-mail address/,
      );
      await expect(page.getByLabel('E-mail address')).toHaveValue('jane@');
      await expect(page.getByLabel('Your name')).toHaveValue('Jane Doe');

      // A line break cannot be typed into an e-mail field; a crafted request can send one.
      const [local, domain] = base.split('@');
      await rewriteSubmission(page, {
        [base]: `${local}@\r\nBcc: victim@example.org\r\n${domain}`,
      });
      await page.getByLabel('E-mail address').fill(base);
      await submit(page);
      await expect(page.locator('#consultation-email-error')).toHaveText(
        /Remove the line break from your e-mail address/,
      );
      await expect(page.getByLabel('Your name')).toHaveValue('Jane Doe');
      expect(await leadsWithEmail(base)).toHaveLength(0);
      expect(await emailsAbout(base)).toHaveLength(0);
    });

    test('markup in any text field is refused at that field', async ({ page }) => {
      const email = uniqueEmail();
      await page.goto('/consultation');
      await fillValid(page, {
        name: '<b>Jane</b>',
        email,
        phone: '<script>',
        bestTime: '<img src=x onerror=alert(1)>',
        message: '<script>alert("hi")</script>',
      });
      await page
        .locator('form:has(#consultation-name)')
        .evaluate((form) => form.setAttribute('novalidate', ''));
      await submit(page);
      await expect(page.locator('#consultation-name-error')).toHaveText(
        /Remove the < and > characters from your name/,
      );
      await expect(page.locator('#consultation-phone-error')).toHaveText(/Use only digits/);
      await expect(page.locator('#consultation-bestTime-error')).toHaveText(
        /Remove the < and > characters/,
      );
      await expect(page.locator('#consultation-message-error')).toHaveText(
        /Remove the < and > characters from your message/,
      );
      // What she typed comes back as text, never as markup.
      await expect(page.getByLabel('Your name')).toHaveValue('<b>Jane</b>');
      await expect(page.locator('img[src=x]')).toHaveCount(0);
      expect(await leadsWithEmail(email)).toHaveLength(0);
      expect(await emailsAbout(email)).toHaveLength(0);
    });

    test('a filled honeypot looks like success but stores and sends nothing', async ({ page }) => {
      const email = uniqueEmail('bot');
      await page.goto('/consultation');
      await fillValid(page, { name: 'Spam Bot', email });
      await page.locator('input[name=website]').fill('https://spam.example', { force: true });
      await submit(page);
      await expect(received(page)).toBeVisible();
      expect(await leadsWithEmail(email)).toHaveLength(0);
      expect(await emailsAbout(email)).toHaveLength(0);
    });
  });
}

test.describe('consultation request, duplicates', () => {
  test.beforeEach(async ({ page }) => {
    await actAsNewClient(page);
  });

  test('a double click stores one lead and sends its mail once (JavaScript on)', async ({
    page,
  }) => {
    const email = uniqueEmail();
    await page.goto('/consultation');
    await fillValid(page, { name: 'Jane Doe', email });
    await page.getByRole('button', { name: 'Request my free consultation' }).dblclick();
    await expect(received(page)).toBeVisible();
    await expect.poll(() => emailsAbout(email).then((e) => e.length)).toBe(2);
    expect(await leadsWithEmail(email)).toHaveLength(1);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the confirmation is a page of its own: reloading it sends nothing again', async ({
      page,
    }) => {
      await actAsNewClient(page);
      const email = uniqueEmail();
      const posts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request.url());
      });
      await page.goto('/consultation');
      await fillValid(page, { name: 'Jane Doe', email });
      await submit(page);
      await expect(received(page)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/consultation/received');
      await page.reload();
      await expect(received(page)).toBeVisible();
      expect(posts).toHaveLength(1);
      expect(await leadsWithEmail(email)).toHaveLength(1);
    });

    test('the same request sent twice, or replayed, stores one lead and sends no second mail', async ({
      page,
    }) => {
      const email = uniqueEmail();
      const posts: import('@playwright/test').Request[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST') posts.push(request);
      });
      await page.goto('/consultation');
      await fillValid(page, { name: 'Jane Doe', email, message: 'Hello' });
      await submit(page);
      await expect(received(page)).toBeVisible();

      await page.goto('/consultation');
      await fillValid(page, { name: 'Jane Doe', email, message: 'Hello' });
      await submit(page);
      await expect(received(page)).toBeVisible();

      const replay = await page.request.fetch(posts[0]!);
      expect(replay.status()).toBeLessThan(500);
      expect(await replay.text()).toContain('Your request was received');

      expect(await leadsWithEmail(email)).toHaveLength(1);
      await expect.poll(() => emailsAbout(email).then((e) => e.length)).toBe(2);
    });
  });
});

test.describe('consultation request, escaping and California', () => {
  test('markup-like text in the message is escaped in the e-mails; outside California is marked', async ({
    page,
  }) => {
    await actAsNewClient(page);
    const email = uniqueEmail();
    await page.goto('/consultation');
    await fillValid(page, {
      name: 'Jane "JJ" O\'Neil',
      email,
      message: 'Tom & Jerry <3 "bedtime" & a < b',
      inCalifornia: 'no',
    });
    await submit(page);
    await expect(received(page)).toBeVisible();
    await expect.poll(() => emailsAbout(email).then((e) => e.length)).toBe(2);
    const notification = (await emailsAbout(email)).find((m) => m.to.includes(e2ePracticeInbox))!;
    expect(notification.subject).toBe(
      '[Outside California] New consultation request from Jane "JJ" O\'Neil',
    );
    expect(notification.html).toContain('Outside California');
    expect(notification.html).toContain('Tom &amp; Jerry &lt;3');
    expect(notification.html).not.toContain('Tom & Jerry <3');
    expect(notification.html).not.toContain('a < b');
    expect(notification.text).toContain('Tom & Jerry <3 "bedtime" & a < b');
  });
});

test.describe('consultation request, when Resend fails', () => {
  test.describe.configure({ mode: 'serial' });

  for (const mode of ['error500', 'timeout'] as const) {
    test(`with Resend ${mode === 'error500' ? 'answering 500' : 'timing out'}, the request is kept and the server's retry sends each mail exactly once`, async ({
      page,
    }) => {
      await actAsNewClient(page);
      const email = uniqueEmail();
      await setResendMode(mode, email);
      try {
        const lead = await requestAsJane(page, email);
        await expect
          .poll(
            async () =>
              (await outboxOfLead(lead!.id)).every(
                (row) => row.status === 'pending' && row.attempts >= 1 && !!row.last_error,
              ),
            { timeout: 20_000 },
          )
          .toBe(true);
      } finally {
        await setResendMode('ok', email);
      }
      const [lead] = await leadsWithEmail(email);
      await expect
        .poll(async () => (await outboxOfLead(lead!.id)).map((row) => row.status), {
          timeout: 30_000,
        })
        .toEqual(['sent', 'sent']);
      const mails = await emailsAbout(email);
      expect(mails).toHaveLength(2);
      const rows = await outboxOfLead(lead!.id);
      for (const row of rows) {
        const delivered = mails.filter((m) => m.idempotencyKey === row.idempotency_key);
        expect(delivered).toHaveLength(1);
        expect(delivered[0]!.id).toBe(row.resend_id);
      }
      expect(await leadsWithEmail(email)).toHaveLength(1);
    });
  }

  test('npm run mail:retry sends pending mail exactly once', async ({ page }) => {
    await actAsNewClient(page);
    const email = uniqueEmail();
    // Resend refuses the server but not the command-line tool, so the tool is the one that delivers.
    await setResendMode('error500', email, 'kap-site-server');
    try {
      const lead = await requestAsJane(page, email);
      await expect
        .poll(async () =>
          (await outboxOfLead(lead.id)).every(
            (row) => row.attempts >= 1 && row.status === 'pending',
          ),
        )
        .toBe(true);
      expect(await emailsAbout(email)).toHaveLength(0);

      const result = await npmRun('mail:retry');
      expect(result.stdout).toMatch(/Sent \d+/);
      expect((await outboxOfLead(lead!.id)).map((row) => row.status)).toEqual(['sent', 'sent']);
      const mails = await emailsAbout(email);
      expect(mails).toHaveLength(2);
      expect(mails.every((m) => m.userAgent.includes('kap-site-cli'))).toBe(true);

      // Running it again finds nothing of hers to send.
      await npmRun('mail:retry');
      expect(await emailsAbout(email)).toHaveLength(2);
    } finally {
      await setResendMode('ok', email);
    }
  });

  test('a message Resend refuses as invalid is marked failed, shown by npm run leads, and sent by mail:retry --failed', async ({
    page,
  }) => {
    await actAsNewClient(page);
    const email = uniqueEmail();
    await setResendMode('error422', email);
    try {
      const lead = await requestAsJane(page, email);
      // Given up at the first answer: the same message would be refused again.
      await expect
        .poll(async () => (await outboxOfLead(lead!.id)).map((row) => [row.status, row.attempts]))
        .toEqual([
          ['failed', 1],
          ['failed', 1],
        ]);
      const table = await npmRun('leads');
      expect(table.stdout).toMatch(/FAILED \(422 validation_error/);
      expect(table.stdout).toContain('npm run mail:retry -- --failed');
      const json = JSON.parse((await npmRun('leads', ['--json'])).stdout) as {
        email: string;
        delivery: string;
      }[];
      expect(json.find((row) => row.email === email)?.delivery).toBe('failed');
      // The server's retry loop leaves it alone.
      await page.waitForTimeout(2500);
      expect(await emailsAbout(email)).toHaveLength(0);
    } finally {
      await setResendMode('ok', email);
    }
    const retried = await npmRun('mail:retry', ['--failed']);
    expect(retried.stdout).toMatch(/Put \d+ failed message\(s\) back/);
    await expect
      .poll(async () =>
        (await outboxOfLead((await leadsWithEmail(email))[0]!.id)).map((r) => r.status),
      )
      .toEqual(['sent', 'sent']);
    const mails = await emailsAbout(email);
    expect(mails).toHaveLength(2);
    expect(new Set(mails.map((m) => m.idempotencyKey)).size).toBe(2);
  });
});

test('npm run leads lists requests as JSON and CSV', async ({ page }) => {
  await actAsNewClient(page);
  const email = uniqueEmail();
  await page.goto('/consultation');
  await fillValid(page, { name: 'Jane, "the" Doe', email });
  await submit(page);
  await expect(received(page)).toBeVisible();

  const json = await npmRun('leads', ['--json']);
  expect(json.code).toBe(0);
  const rows = JSON.parse(json.stdout) as {
    id: string;
    kind: string;
    name: string;
    email: string;
    createdAt: string;
    delivery: string;
  }[];
  const mine = rows.filter((r) => r.email === email);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ kind: 'consultation', name: 'Jane, "the" Doe' });
  expect(mine[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(['sent', 'pending']).toContain(mine[0]!.delivery);

  const csv = await npmRun('leads', ['--csv']);
  expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
  expect(csv.stdout.slice(1).split('\r\n')[0]).toBe(
    'id,kind,name,email,createdAt,status,delivery,lastError,bookedStart,bookedEnd',
  );
  expect(csv.stdout).toContain(`,consultation,"Jane, ""the"" Doe",${email},`);

  const table = await npmRun('leads');
  expect(table.stdout).toContain(email.slice(0, 20));
});

test('the form takes its limits from the schema', async ({ page }) => {
  await page.goto('/consultation');
  await expect(page.getByLabel('Your name')).toHaveAttribute(
    'maxlength',
    String(consultationRules.name.maxLength),
  );
  await expect(page.getByLabel('Anything you would like us to know')).toHaveAttribute(
    'maxlength',
    '1000',
  );
  await expect(page.getByLabel('Your name')).toHaveAttribute('required', '');
  await expect(page.getByLabel('Phone number')).not.toHaveAttribute('required', '');
});

test('more than 5 requests in 10 minutes from one client are paused with a clear message', async ({
  page,
}) => {
  await actAsNewClient(page);
  for (let i = 1; i <= 6; i += 1) {
    await page.goto('/consultation');
    await fillValid(page, { name: `Jane ${i}`, email: uniqueEmail() });
    await submit(page);
    if (i <= 5) await expect(received(page)).toBeVisible();
  }
  await expect(page.locator('#consultation-summary')).toContainText(
    'the form is paused for about 10 minutes',
  );
  await expect(page.getByLabel('Your name')).toHaveValue('Jane 6');
});

test.describe('consultation request, oversized', () => {
  test.use({ javaScriptEnabled: false });

  test('a request larger than the body limit gets a 413 that says what to do, not a 5xx', async ({
    page,
  }) => {
    await actAsNewClient(page);
    const email = uniqueEmail();
    const statuses = recordPostStatuses(page);
    await page.goto('/consultation');
    await rewriteSubmission(page, { MESSAGE_PLACEHOLDER: 'M'.repeat(100_000) });
    await fillValid(page, { name: 'Jane Doe', email, message: 'MESSAGE_PLACEHOLDER' });
    await submit(page);
    await expect(
      page.getByRole('heading', { name: 'Your entry is too long to send' }),
    ).toBeVisible();
    expect(statuses).toEqual([413]);
    expect(await leadsWithEmail(email)).toHaveLength(0);
  });
});

test('the form, its errors and its confirmations (in place, and the page without JavaScript) have no WCAG 2.2 AA violations', async ({
  page,
}) => {
  await actAsNewClient(page);
  const axe = () =>
    new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
  await page.goto('/consultation');
  expect((await axe()).violations).toEqual([]);
  await submit(page);
  await expect(page.locator('#consultation-name-error')).toBeVisible();
  expect((await axe()).violations).toEqual([]);
  await fillValid(page, { name: 'Jane Doe', email: uniqueEmail() });
  await submit(page);
  await expect(received(page)).toBeVisible();
  expect((await axe()).violations).toEqual([]);
  await page.goto('/consultation/received');
  await expect(received(page)).toBeVisible();
  expect((await axe()).violations).toEqual([]);
});

test('on PostgreSQL the server stores the request there and writes no file at all', async ({
  page,
}) => {
  test.skip(test.info().project.name !== 'postgres', 'the SQLite server keeps its file by design');
  await actAsNewClient(page);
  const email = uniqueEmail();
  const lead = await requestAsJane(page, email);
  expect(lead.email).toBe(email);
  // Not the database, not the newsletter secret: DATA_DIR was never even created.
  expect(fs.existsSync(e2ePostgresServerEnv.DATA_DIR!)).toBe(false);
});

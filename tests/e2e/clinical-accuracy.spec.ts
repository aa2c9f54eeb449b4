/**
 * The practice's pages as a careful clinician and the California Board would read them (issue 11),
 * on the built site: the KAP page's risks and who KAP is not for, in its FAQ data too; ketamine's
 * FDA status stated precisely wherever it is named; no mechanism claim in the practice's voice; the
 * crisis note in two groups on every page; the privacy policy's figures from the code; the
 * accessibility statement in every footer.
 *
 * "Practice pages" are every page of the sitemap except the posts (the therapist's own articles,
 * rendered as she wrote them), and the 404 page.
 */
import { expect, test, type Page } from '@playwright/test';
import { retentionDays } from '@/lib/leads/retention';
import { sitemapPaths } from '../../scripts/lib/quality';
import { e2eBaseUrl } from '../support/e2e-env';

const kapPath = '/ketamine-assisted-psychotherapy';
const kapPostPath = '/blog/ketamine-assisted-psychotherapy-for-moms';

async function everyPage(): Promise<string[]> {
  return [...(await sitemapPaths(e2eBaseUrl)), '/no-such-page'];
}

async function practicePages(): Promise<string[]> {
  const pages = (await everyPage()).filter(
    (path) => !/^\/blog\/(?!page\/|tags\/)[^/]+$/.test(path),
  );
  expect(pages).toEqual(expect.arrayContaining(['/', kapPath, '/about', '/blog', '/privacy']));
  expect(pages).not.toContain(kapPostPath);
  return pages;
}

const medicalNote = (page: Page) => page.getByRole('complementary', { name: 'Medical note' });

/** What a reader sees on the page (scripts, the JSON-LD among them, are not text). */
const visibleText = (page: Page) => page.locator('body').innerText();

/**
 * The sentences of a text. Initials such as "U.S." do not end a sentence; a line break does (a
 * heading, a list item).
 */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\b(?:[A-Z]\.){2,}/g, (initials) => initials.replace(/\./g, '\u2024'))
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.replace(/\u2024/g, '.').trim())
    .filter(Boolean);
}

const fdaApproval = /FDA[- ]approved|approved by the U\.S\. Food/i;

/**
 * A sentence that says ketamine is FDA-approved without saying for what: the approval is as an
 * anesthetic, or it is esketamine's (Spravato). A question ("Is ketamine FDA-approved?") claims
 * nothing; its answer is checked like any other sentence.
 */
function unqualifiedFdaClaims(text: string): string[] {
  return sentencesOf(text).filter(
    (sentence) =>
      fdaApproval.test(sentence) &&
      !sentence.endsWith('?') &&
      !/anesthetic|Spravato/i.test(sentence),
  );
}

const mechanismWords =
  /\b(dopamine|serotonin|glutamate|GABA|acetylcholine|norepinephrine|neurotransmitters?|neuroplasticity)\b/gi;

test('the checks find what they look for', () => {
  expect(
    unqualifiedFdaClaims(
      'Ketamine is FDA approved. It is approved by the U.S. Food and Drug Administration (FDA) for sleep.',
    ),
  ).toEqual([
    'Ketamine is FDA approved.',
    'It is approved by the U.S. Food and Drug Administration (FDA) for sleep.',
  ]);
  expect(
    unqualifiedFdaClaims(
      'Is ketamine FDA-approved?\nKetamine is approved by the U.S. Food and Drug Administration (FDA) as an anesthetic. Esketamine (Spravato) is FDA-approved for treatment-resistant depression.',
    ),
  ).toEqual([]);
  expect('Ketamine interacts with GABA and glutamate'.match(mechanismWords)).toHaveLength(2);
});

test('the KAP page names the risks and who KAP is not for at #risks, and its FAQ data carries them', async ({
  page,
}) => {
  await page.goto(kapPath);
  const risks = page.locator('#risks');
  await expect(risks.getByRole('heading', { level: 2 })).toHaveText('Risks and who KAP is not for');
  for (const point of [
    'feeling detached from your body or surroundings (dissociation)',
    'nausea',
    'dizziness',
    'a rise in blood pressure and heart rate',
    'drowsiness and tiredness for the rest of the day',
    'No driving for the rest of the day.',
    'Ketamine is a Schedule III controlled substance: it can be misused',
    'A licensed medical provider’s screening decides whether ketamine is safe for you.',
    'pregnancy, or plans to become pregnant',
    'breastfeeding — any plan for nursing or pumping around a session is made with your prescriber',
    'high blood pressure, heart disease, or a past stroke',
    'a history of psychosis or mania',
    'current or past substance use',
  ]) {
    await expect(risks).toContainText(point);
  }
  // "Is KAP safe?" points to it.
  await expect(
    page.getByRole('link', { name: 'Risks and who KAP is not for', exact: true }),
  ).toHaveAttribute('href', '#risks');

  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (block) => JSON.parse(block) as { '@type': string; mainEntity?: unknown },
  );
  const faq = blocks.find((block) => block['@type'] === 'FAQPage');
  const answers = Object.fromEntries(
    (faq!.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).map((q) => [
      q.name,
      q.acceptedAnswer.text,
    ]),
  );
  expect(answers['What are the side effects of ketamine?']).toMatch(
    /dissociation .*nausea, dizziness, a rise in blood pressure and heart rate, and drowsiness.*cannot drive.*Schedule III controlled substance/,
  );
  expect(answers['Who should not have KAP?']).toMatch(
    /prescriber’s medical screening decides.*pregnancy.*breastfeeding.*high blood pressure or heart disease.*psychosis.*substance use/,
  );
  expect(answers['Is ketamine FDA-approved?']).toContain(
    'Ketamine is approved by the U.S. Food and Drug Administration (FDA) as an anesthetic. Its use for depression, anxiety and PTSD is off-label',
  );
  expect(answers['Is ketamine FDA-approved?']).toContain('Esketamine (Spravato)');
  expect(answers['Can I do KAP by telehealth?']).toContain(
    'a sober adult you trust stays in your home throughout',
  );
});

test('the medical note links to the risks from the KAP page, the home page and the KAP post', async ({
  page,
}) => {
  for (const path of [kapPath, '/', kapPostPath]) {
    await page.goto(path);
    const note = medicalNote(page);
    await expect(note, path).toContainText('I am a therapist and do not prescribe medication.');
    await expect(note, path).toContainText(
      'Ketamine is FDA-approved as an anesthetic; its use for depression, anxiety and PTSD is off-label.',
    );
    await expect(
      note.getByRole('link', { name: 'Read about the risks and who KAP is not for.' }),
      path,
    ).toHaveAttribute('href', `${kapPath}#risks`);
  }
  // From the post, the link lands on the section.
  await medicalNote(page)
    .getByRole('link', { name: /Read about the risks/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${kapPath}#risks$`));
  await expect(page.locator('#risks')).toBeInViewport();
});

test('no practice page says ketamine is FDA-approved without saying it is as an anesthetic (or Spravato)', async ({
  page,
}) => {
  const claims: Record<string, string[]> = {};
  let qualified = 0;
  for (const path of await practicePages()) {
    await page.goto(path);
    const text = await visibleText(page);
    qualified += sentencesOf(text).filter((sentence) => fdaApproval.test(sentence)).length;
    const found = unqualifiedFdaClaims(text);
    if (found.length) claims[path] = found;
  }
  expect(claims).toEqual({});
  // The check ran on the sentences that do name the approval (the KAP page's, the medical note's).
  expect(qualified).toBeGreaterThan(3);
});

test('no practice page names a neurotransmitter or neuroplasticity', async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of await practicePages()) {
    await page.goto(path);
    const words = (await visibleText(page)).match(mechanismWords);
    if (words) found[path] = words;
  }
  expect(found).toEqual({});
});

test('every page’s footer has the crisis lines, 988 by call and by text, apart from the support lines, which say they are not crisis lines', async ({
  page,
}) => {
  for (const path of await everyPage()) {
    await page.goto(path);
    const crisis = page
      .getByRole('contentinfo')
      .getByRole('region', { name: 'Need help right now?' });
    await expect(crisis, path).toContainText(
      'This website and its forms are not for emergencies and are not monitored around the clock.',
    );
    const group = (heading: string) =>
      crisis
        .locator('div')
        .filter({ has: page.getByRole('heading', { name: heading }) })
        .last();
    const emergency = group('Crisis and emergency lines');
    const support = group('Support lines for moms (not crisis lines)');

    const hrefs = async (lines: typeof emergency) =>
      lines.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(await hrefs(emergency), path).toEqual([
      'tel:911',
      'tel:988',
      'sms:988',
      'sms:741741?body=HOME',
    ]);
    await expect(
      emergency.getByRole('link', { name: 'call 988', exact: true }),
      path,
    ).toBeVisible();
    await expect(
      emergency.getByRole('link', { name: 'text 988', exact: true }),
      path,
    ).toBeVisible();
    await expect(emergency, path).not.toContainText('1-800-944-4773');

    expect(await hrefs(support), path).toEqual([
      'tel:+18009444773',
      'sms:+18009444773',
      'tel:+18338526262',
      'sms:+18338526262',
    ]);
    const supportLines = await support.getByRole('listitem').allInnerTexts();
    expect(supportLines, path).toHaveLength(2);
    for (const line of supportLines) expect(line, path).toContain('not a crisis line');
  }
});

test('the crisis groups look apart: their own headings, lists and backgrounds', async ({
  page,
}) => {
  await page.goto('/');
  const crisis = page
    .getByRole('contentinfo')
    .getByRole('region', { name: 'Need help right now?' });
  const backgrounds = await crisis
    .getByRole('list')
    .evaluateAll((lists) =>
      lists.map((list) => getComputedStyle(list.parentElement!).backgroundColor),
    );
  expect(backgrounds).toHaveLength(2);
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
  expect(await crisis.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
    'Crisis and emergency lines',
    'Support lines for moms (not crisis lines)',
  ]);
});

test('the privacy policy’s retention figures are the ones the code applies', async ({ page }) => {
  await page.goto('/privacy');
  const main = page.getByRole('main');
  await expect(main).toContainText(
    `Consultation requests are deleted from the site’s database ${retentionDays.consultation} days after they arrive.`,
  );
  await expect(main).toContainText(
    `A sign-up that is never confirmed is not added to the mailing list and is deleted after ${retentionDays.unconfirmedSignUp} days.`,
  );
  // Every figure in days on the page is one of the code's.
  const figures = [...(await main.innerText()).matchAll(/(\d+) days?\b/g)].map((m) => Number(m[1]));
  expect(figures.length).toBeGreaterThanOrEqual(2);
  expect(new Set(figures)).toEqual(new Set(Object.values(retentionDays)));
  // What unsubscribing does, the copies elsewhere, and the clinical records.
  await expect(main).toContainText(
    'asks Resend to remove it from the mailing list, and deletes it from the site’s database once Resend has confirmed',
  );
  await expect(main).toContainText(
    'Copies of your request also exist in the practice’s e-mail inbox and in Resend’s sending logs',
  );
  await expect(main.getByRole('link', { name: 'Resend’s privacy policy' })).toHaveAttribute(
    'href',
    'https://resend.com/legal/privacy-policy',
  );
  await expect(main).toContainText(
    'If you become a client, your clinical records are governed by the HIPAA Notice of Privacy Practices you receive at intake, not by this website policy.',
  );
});

test('the newsletter sign-up links to the privacy policy beside the terms', async ({ page }) => {
  for (const path of ['/', kapPostPath]) {
    await page.goto(path);
    const signUp = page.locator('#newsletter');
    await expect(signUp.getByRole('link', { name: 'Privacy policy' }), path).toHaveAttribute(
      'href',
      '/privacy',
    );
    await expect(signUp.getByRole('link', { name: 'Terms and Conditions' }), path).toBeVisible();
  }
});

test('every page’s footer links to the accessibility statement', async ({ page }) => {
  const pages = await everyPage();
  expect(pages).toContain('/accessibility');
  for (const path of pages) {
    await page.goto(path);
    await expect(
      page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Accessibility' }),
      path,
    ).toHaveAttribute('href', '/accessibility');
  }
  await page.goto('/accessibility');
  const main = page.getByRole('main');
  await expect(main).toContainText('WCAG) 2.2 at level AA');
  await expect(main).toContainText('Tell us about a barrier.');
  // The fixture settings have an e-mail, a phone and a reply time: each is offered.
  await expect(main.getByRole('link', { name: 'hello@example.com' })).toHaveAttribute(
    'href',
    'mailto:hello@example.com',
  );
  await expect(main).toContainText('You can also call (408) 555-0100.');
  await expect(main).toContainText('We aim to reply within two business days.');
});

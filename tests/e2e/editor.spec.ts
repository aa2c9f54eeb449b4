/**
 * The therapist's path, as a new user would take it: `npm run dev`, open /keystatic, write a post
 * (title, summary, a tag, two paragraphs) and save; change the first paragraph of the KAP page and
 * the reply time in the settings; then `npm run build` shows all three on the site.
 *
 * It runs on a copy of the project and of the therapist's content/ under .e2e/editor (CONTENT_DIR
 * points there): the real content/ is never touched. The dev server listens on E2E_PORT + 10, the
 * production server built afterwards on E2E_PORT + 11. The build of her content with one more post
 * passing, and its pages answering, also shows that a new valid post breaks nothing.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { e2ePorts, e2eRoot } from '../support/e2e-env';
import { copyEnv, projectCopy } from '../support/project-copy';
import { placeholderPhrases } from '../support/reads-well';
import { waitUntilAnswers } from '../../scripts/lib/server';

const siteDir = path.join(e2eRoot, 'editor');
const contentDir = path.join(siteDir, 'content');
// Beside the ports of the other specs' servers (tests/support/e2e-env.ts).
const devPort = e2ePorts.editorDev;
const builtPort = e2ePorts.editorBuilt;
const devUrl = `http://127.0.0.1:${devPort}`;
const builtUrl = `http://127.0.0.1:${builtPort}`;
const bin = (name: string) => path.resolve('node_modules/.bin', name);

const post = {
  title: 'A first post written in the editor',
  slug: 'a-first-post-written-in-the-editor',
  summary: 'What it is like to write for the site in the editor, in one sentence or two.',
  tag: 'Editor Fixture',
  paragraphs: [
    'This is the first paragraph, written in the editor.',
    'And this is the second one, saved as a file.',
  ],
};
const kapFirstParagraph =
  'This first paragraph of the KAP page was changed in the editor, and the build shows it.';
const replyTime = 'within three business days (set in the editor)';

const servers: ChildProcess[] = [];
function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: siteDir, env, stdio: 'pipe', detached: true });
  child.stdout?.resume();
  child.stderr?.resume();
  servers.push(child);
  return child;
}
/** Resolves once a server has printed a line matching `pattern`. */
function printed(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve();
    });
  });
}
/** Ends every server this test started, with its children (Turbopack's workers), and waits for it. */
async function stopAll() {
  await Promise.all(
    servers.splice(0).map(async (child) => {
      if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/**
 * Each save regenerates the content, and `next dev` then refreshes the open page: act only once
 * the last refresh is done and two quiet seconds have passed, or what is typed may be lost.
 */
function trackRefreshes(page: Page) {
  let pending = false;
  let last = Date.now();
  // A new page starts with no refresh under way (a message of the page it replaced never ends).
  page.on('load', () => {
    pending = false;
    last = Date.now();
  });
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('[Fast Refresh] rebuilding')) pending = true;
    if (text.includes('[Fast Refresh] done')) pending = false;
    if (text.includes('[Fast Refresh]')) last = Date.now();
  });
  return async function settled() {
    await expect
      .poll(() => !pending && Date.now() - last > 2000, { timeout: 120_000, intervals: [250] })
      .toBe(true);
  };
}

async function save(page: Page, name: 'Create' | 'Save', settled: () => Promise<void>) {
  await settled();
  await page.locator('#keystatic-editor').getByRole('button', { name, exact: true }).click();
}

test.describe.configure({ mode: 'serial' });
test.afterAll(stopAll);

test('a post, a page and a setting changed in /keystatic under npm run dev show on the built site', async ({
  page,
}) => {
  test.setTimeout(15 * 60_000);
  projectCopy(siteDir, { content: path.resolve('content') });
  const devEnv = copyEnv(siteDir, {
    NODE_ENV: 'development',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
  });
  // What `npm run dev` runs: the content watcher and `next dev` (once the content is generated).
  const watcher = start(bin('contentlayer2'), ['dev'], devEnv);
  await printed(watcher, /Generated \d+ documents/);
  start(bin('next'), ['dev', '--port', String(devPort), '--hostname', '127.0.0.1'], devEnv);
  await waitUntilAnswers(`${devUrl}/keystatic`, { timeoutMs: 5 * 60_000 });
  const editor = page.locator('#keystatic-editor');
  const settled = trackRefreshes(page);

  // 1. A new post.
  // The editor is a client-side app: act once it has loaded the content's tree.
  await page.goto(`${devUrl}/keystatic/collection/posts/create`, { waitUntil: 'networkidle' });
  await settled();
  await editor.getByRole('textbox', { name: 'Title' }).fill(post.title);
  await editor.getByRole('textbox', { name: 'Summary' }).fill(post.summary);
  await editor.getByRole('group', { name: 'Tags' }).getByRole('button', { name: 'Add' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add item' });
  await dialog.getByRole('textbox', { name: 'Tag' }).fill(post.tag);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  const body = editor.getByRole('textbox', { name: 'Post' });
  await body.click();
  await page.keyboard.type(post.paragraphs[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(post.paragraphs[1]!);
  await expect(body).toContainText(post.paragraphs[1]!);
  await save(page, 'Create', settled);
  const postFile = path.join(contentDir, 'blog', `${post.slug}.mdx`);
  await expect.poll(() => fs.existsSync(postFile), { timeout: 30_000 }).toBe(true);

  // 2. The first paragraph of the KAP page.
  await page.goto(`${devUrl}/keystatic/singleton/page-kap`, { waitUntil: 'networkidle' });
  await settled();
  const firstParagraph = editor.getByRole('textbox', { name: 'Page' }).locator('p').first();
  await firstParagraph.click({ clickCount: 3 });
  await page.keyboard.type(kapFirstParagraph);
  await expect(firstParagraph).toHaveText(kapFirstParagraph);
  await save(page, 'Save', settled);
  const kapFile = path.join(contentDir, 'pages', 'kap.mdx');
  await expect
    .poll(() => fs.readFileSync(kapFile, 'utf8'), { timeout: 30_000 })
    .toContain(kapFirstParagraph);

  // 3. The reply time in the practice's details.
  await page.goto(`${devUrl}/keystatic/singleton/practice`, { waitUntil: 'networkidle' });
  await settled();
  await editor.getByRole('textbox', { name: 'Reply time' }).fill(replyTime);
  await save(page, 'Save', settled);
  // Read while the editor may be halfway through writing it: a partial file counts as not yet.
  const savedReplyTime = () => {
    try {
      return JSON.parse(fs.readFileSync(path.join(contentDir, 'practice.json'), 'utf8')).replyTime;
    } catch {
      return undefined;
    }
  };
  await expect.poll(savedReplyTime, { timeout: 30_000 }).toBe(replyTime);

  // Every page and settings file opens in the editor (one it cannot read would block her).
  for (const singleton of [
    'page-home',
    'page-about',
    'page-fees',
    'page-privacy',
    'page-terms',
    'page-accessibility',
    'siteText',
  ]) {
    await page.goto(`${devUrl}/keystatic/singleton/${singleton}`, { waitUntil: 'networkidle' });
    await settled();
    const opened = { timeout: 60_000 };
    await expect(editor.getByRole('button', { name: 'Save', exact: true }), singleton).toBeVisible(
      opened,
    );
    await expect(editor.getByRole('textbox').first(), singleton).toBeVisible(opened);
  }

  // `npm run build`, then `npm start`, on what the editor saved.
  await stopAll();
  const buildEnv = copyEnv(siteDir, {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
    SITE_URL: builtUrl,
    DATA_DIR: path.join(siteDir, 'data'),
  });
  execFileSync(bin('contentlayer2'), ['build'], { cwd: siteDir, env: buildEnv, stdio: 'ignore' });
  execFileSync(bin('next'), ['build'], { cwd: siteDir, env: buildEnv, stdio: 'ignore' });
  start(bin('next'), ['start', '--port', String(builtPort), '--hostname', '127.0.0.1'], buildEnv);
  await waitUntilAnswers(`${builtUrl}/robots.txt`, { timeoutMs: 60_000 });

  // The post: on the blog, with its tag, both paragraphs.
  await page.goto(`${builtUrl}/blog`);
  await expect(page.getByRole('link', { name: post.title })).toBeVisible();
  await page.goto(`${builtUrl}/blog/${post.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
  for (const paragraph of post.paragraphs) {
    await expect(page.locator('article .prose')).toContainText(paragraph);
  }
  await expect(page.locator('article').getByRole('link', { name: post.tag })).toBeVisible();

  // The KAP page's new first paragraph.
  await page.goto(`${builtUrl}/ketamine-assisted-psychotherapy`);
  await expect(page.locator('main .prose p').first()).toHaveText(kapFirstParagraph);

  // The reply time, where it shows: after a consultation request.
  await page.goto(`${builtUrl}/consultation`);
  await page.getByLabel('Your name').fill('Editor Test');
  await page.getByLabel('E-mail address').fill('editor-test@example.com');
  await page.getByRole('radio', { name: 'E-mail' }).check();
  await page.getByRole('radio', { name: 'Ketamine-Assisted Psychotherapy (KAP)' }).check();
  await page.getByRole('radio', { name: 'Telehealth (video)' }).check();
  await page.getByRole('radio', { name: 'Yes, I am in California' }).check();
  await page.getByRole('checkbox', { name: /I agree to be contacted/ }).check();
  await page.getByRole('button', { name: 'Request my free consultation' }).click();
  await expect(page.getByRole('status')).toContainText(`We will get back to you ${replyTime}`);

  // With one more post, every page of the sitemap still answers, and the editor is not there.
  const sitemap = await (await fetch(`${builtUrl}/sitemap.xml`)).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(urls).toContain(`/blog/${post.slug}`);
  for (const url of urls) expect((await fetch(`${builtUrl}${url}`)).status, url).toBe(200);

  // Her pages with her settings (today: all but the reply time empty) read as finished: nothing says what is
  // missing, and no licence title shows without its number.
  const { therapist } = JSON.parse(fs.readFileSync(path.join(contentDir, 'practice.json'), 'utf8'));
  const license = { title: therapist.licenseTitle, number: therapist.licenseNumber };
  const unfinished: Record<string, string[]> = {};
  // Her posts are her own words, whatever they say.
  const practicePages = urls.filter((url) => !/^\/blog\/(?!page\/|tags\/)[^/]+$/.test(url));
  for (const url of [...practicePages, '/no-such-page']) {
    await page.goto(`${builtUrl}${url}`);
    const found = placeholderPhrases(await page.locator('body').innerText(), license);
    if (found.length) unfinished[url] = found;
  }
  expect(unfinished).toEqual({});
  expect((await fetch(`${builtUrl}/keystatic`)).status).toBe(404);
  expect(
    (await fetch(`${builtUrl}/api/keystatic/tree`, { headers: { 'no-cors': '1' } })).status,
  ).toBe(404);
});

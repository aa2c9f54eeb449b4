import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildContent,
  contentProject,
  fixtureContentDir,
  projectRoot,
} from '../support/content-build';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

/**
 * Runs the real `contentlayer2 build` of this project over a copy of a content folder, changed
 * as the therapist (or a mistake) would change it. Returns the exit status and output.
 */
async function buildWith(
  change: (contentDir: string) => void,
  from = fixtureContentDir,
  env: Record<string, string> = {},
) {
  runs += 1;
  const contentDir = path.join(scratch, `content-${runs}`);
  fs.cpSync(from, contentDir, { recursive: true });
  change(contentDir);
  return buildContent(contentProject(path.join(scratch, `project-${runs}`)), contentDir, env);
}

const post = (frontMatter: string) => `---\n${frontMatter}\n---\n\nSome words.\n`;
const write = (file: string, text: string) => (dir: string) =>
  fs.writeFileSync(path.join(dir, file), text);
const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const target = path.join(dir, file);
  fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace(from, to));
};
const documents = (output: string) => Number(/Generated (\d+) documents/.exec(output)?.[1] ?? 0);

describe('the therapist’s own content/', () => {
  it('builds and validates: every post, page and settings file', async () => {
    const files = fs.readdirSync(path.join(projectRoot, 'content'), { recursive: true });
    const expected = files.filter((file) => /\.(mdx|json)$/.test(String(file))).length;
    const result = await buildWith(() => {}, path.join(projectRoot, 'content'));
    expect(result.output).not.toMatch(/Error|invalid|problems/);
    expect(result.ok).toBe(true);
    expect(documents(result.output)).toBe(expected);
  });

  it('still builds with one more valid post', async () => {
    const result = await buildWith(
      write(
        'blog/one-more-post.mdx',
        post(
          "title: 'One more post'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ntags: [Motherhood]",
        ),
      ),
      path.join(projectRoot, 'content'),
    );
    expect(result.ok).toBe(true);
  });
});

describe('building for a public address', () => {
  it('warns with the launch check’s list when SITE_URL is https and items are missing', async () => {
    const https = { SITE_URL: 'https://practice.example.com', RESEND_API_KEY: '', RESEND_FROM: '' };
    const result = await buildWith(
      edit('pages/privacy.mdx', /^reviewed: .*\n/m, ''),
      fixtureContentDir,
      https,
    );
    expect(result.ok).toBe(true);
    expect(result.output).toContain('items to fill before a public launch');
    expect(result.output).toContain('  - content/pages/privacy.mdx reviewed:');
    expect(result.output).toContain('  - RESEND_API_KEY:');
    const local = await buildWith(() => {}, fixtureContentDir, {
      SITE_URL: 'http://localhost:3000',
    });
    expect(local.output).not.toContain('before a public launch');
  });
});

describe('publishing a post file', () => {
  it('builds a valid new post', async () => {
    const before = await buildWith(() => {});
    const result = await buildWith(
      write(
        'blog/new-post.mdx',
        post(
          "title: 'A new post'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ntags: [Motherhood]",
        ),
      ),
    );
    expect(result.ok).toBe(true);
    expect(documents(result.output)).toBe(documents(before.output) + 1);
  });

  it('fails, naming the file and the field, when a required field is missing', async () => {
    const result = await buildWith(
      write(
        'blog/no-date.mdx',
        post("title: 'No date'\nsummary: 'A summary long enough for a search result.'"),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/no-date.mdx');
    expect(result.output).toMatch(/date/);
  });

  it('fails on a field of the wrong type', async () => {
    const result = await buildWith(
      write(
        'blog/tags-as-text.mdx',
        post(
          "title: 'Tags'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ntags: KAP",
        ),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/tags-as-text.mdx');
    expect(result.output).toContain('tags');
  });

  it('fails on a misspelt field rather than ignoring it', async () => {
    const result = await buildWith(
      write(
        'blog/typo.mdx',
        post(
          "title: 'Typo'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ndraf: true",
        ),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/typo.mdx');
    expect(result.output).toContain('draf');
  });

  it('fails with the rule it broke when a cover image has no description', async () => {
    const result = await buildWith(
      write(
        'blog/cover.mdx',
        post(
          "title: 'Cover'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\nimage: /cover.jpg",
        ),
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/blog/cover.mdx');
    expect(result.output).toContain('imageAlt: describe the cover image');
  });
});

describe('the pages and settings', () => {
  it('fail the build naming a missing page file', async () => {
    const result = await buildWith((dir) => fs.rmSync(path.join(dir, 'pages/fees.mdx')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/pages/fees.mdx');
  });

  it('fail the build naming the file and field of a malformed page', async () => {
    const result = await buildWith(edit('pages/kap.mdx', /^faq:/m, 'faqs:'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('pages/kap.mdx');
    expect(result.output).toContain('faq: Invalid input');
  });

  it('fail on a placeholder or component the site does not know, naming the file', async () => {
    const placeholder = await buildWith(edit('pages/home.mdx', "in <City />'", "in <Citty />'"));
    expect(placeholder.ok).toBe(false);
    expect(placeholder.output).toContain('content/pages/home.mdx');
    expect(placeholder.output).toContain('<Citty /> is not a placeholder');
    const component = await buildWith(
      edit('pages/about.mdx', '## How I work', '<Gallery />\n\n## How I work'),
    );
    expect(component.ok).toBe(false);
    expect(component.output).toContain('content/pages/about.mdx');
    expect(component.output).toContain('<Gallery> is not a component the pages know');
  });

  it('fail naming the settings file and field when a setting is wrong or the file is missing', async () => {
    const wrong = await buildWith(edit('practice.json', '"hello@example.com"', '"not-an-address"'));
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toContain('content/practice.json');
    expect(wrong.output).toContain('contact.email');
    const missing = await buildWith((dir) => fs.rmSync(path.join(dir, 'site.json')));
    expect(missing.ok).toBe(false);
    expect(missing.output).toContain('content/site.json');
  });
});

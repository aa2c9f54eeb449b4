import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'content-build-'));

/**
 * Runs the real `contentlayer2 build` of this project over a content folder holding the KAP
 * article and one more post, as the therapist would add it. Returns the exit status and output.
 */
async function buildWith(fileName: string, source: string) {
  const contentDir = fs.mkdtempSync(path.join(scratch, 'content-'));
  fs.cpSync(path.join(root, 'content/blog'), path.join(contentDir, 'blog'), { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'blog', fileName), source);
  // A copy of the project's config, so the build writes its output there and not into the project.
  const project = fs.mkdtempSync(path.join(scratch, 'project-'));
  fs.cpSync(
    path.join(root, 'contentlayer.config.ts'),
    path.join(project, 'contentlayer.config.ts'),
  );
  fs.cpSync(path.join(root, 'lib/posts'), path.join(project, 'lib/posts'), { recursive: true });
  fs.cpSync(path.join(root, 'package.json'), path.join(project, 'package.json'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/contentlayer2'),
      ['build'],
      {
        cwd: project,
        // contentlayer2 resolves its output folder from PWD, not from cwd.
        env: { ...process.env, CONTENT_DIR: contentDir, PWD: project },
      },
    );
    return { ok: true, output: stdout + stderr, project };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr, project };
  }
}

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const post = (frontMatter: string) => `---\n${frontMatter}\n---\n\nSome words.\n`;

describe('publishing a post file', () => {
  it('builds a valid new post', async () => {
    const result = await buildWith(
      'new-post.mdx',
      post(
        "title: 'A new post'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ntags: [Motherhood]",
      ),
    );
    expect(result.output).toContain('Generated 2 documents');
    expect(result.ok).toBe(true);
  });

  it('fails, naming the file and the field, when a required field is missing', async () => {
    const result = await buildWith(
      'no-date.mdx',
      post("title: 'No date'\nsummary: 'A summary long enough for a search result.'"),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/no-date.mdx');
    expect(result.output).toMatch(/date/);
  });

  it('fails on a field of the wrong type', async () => {
    const result = await buildWith(
      'tags-as-text.mdx',
      post(
        "title: 'Tags'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ntags: KAP",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/tags-as-text.mdx');
    expect(result.output).toContain('tags');
  });

  it('fails on a misspelt field rather than ignoring it', async () => {
    const result = await buildWith(
      'typo.mdx',
      post(
        "title: 'Typo'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\ndraf: true",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('blog/typo.mdx');
    expect(result.output).toContain('draf');
  });

  it('fails with the rule it broke when a cover image has no description', async () => {
    const result = await buildWith(
      'cover.mdx',
      post(
        "title: 'Cover'\ndate: 2025-10-01\nsummary: 'A summary long enough for a search result.'\nimage: /cover.jpg",
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/blog/cover.mdx');
    expect(result.output).toContain('imageAlt: describe the cover image');
  });
});

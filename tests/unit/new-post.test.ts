import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function newPost(contentDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/new-post.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, CONTENT_DIR: contentDir },
      },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

describe('npm run new-post', () => {
  it('scaffolds a draft dated today, named after the title', async () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    const result = await newPost(contentDir, 'Sleep, Anxiety & the 4 a.m. Wake-Up');
    expect(result.ok).toBe(true);
    const file = path.join(contentDir, 'blog', 'sleep-anxiety--the-4-am-wake-up.mdx');
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toContain("title: 'Sleep, Anxiety & the 4 a.m. Wake-Up'");
    expect(source).toContain(`date: ${new Date().toLocaleDateString('en-CA')}`);
    expect(source).toContain('draft: true');
  });

  it('never overwrites a post', async () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    await newPost(contentDir, 'Twice');
    const again = await newPost(contentDir, 'Twice');
    expect(again.ok).toBe(false);
    expect(again.output).toContain('already exists');
  });

  it('asks for a title when none is given', async () => {
    const result = await newPost(fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-')));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Give the post a title');
  });
});

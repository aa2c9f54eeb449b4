import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '@/lib/posts/reading-time';
import { postProblems } from '@/lib/posts/schema';

describe('readingMinutes', () => {
  it('counts about 200 words a minute, rounded, at least one', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('Short.')).toBe(1);
  });

  it('gives an article of about 1,250 words (the fixture copy of the KAP article) six minutes', () => {
    const article = fs.readFileSync(
      path.join(
        import.meta.dirname,
        '../fixtures/content/blog/ketamine-assisted-psychotherapy-for-moms.mdx',
      ),
      'utf8',
    );
    expect(readingMinutes(article)).toBe(6);
  });
});

describe('postProblems', () => {
  const valid = {
    title: 'A title',
    date: '2025-09-23T00:00:00.000Z',
    summary: 'A summary that is long enough to describe the post.',
    tags: ['KAP'],
    draft: false,
  };

  it('accepts a complete post', () => {
    expect(postProblems('blog/ok.mdx', valid)).toBeNull();
  });

  it('names the file and the field for each problem', () => {
    const message = postProblems('blog/cover.mdx', {
      ...valid,
      summary: 'Too short',
      image: '/cover.jpg',
    });
    expect(message).toContain('content/blog/cover.mdx');
    expect(message).toMatch(/summary: write a summary of at least 20 characters/);
    expect(message).toMatch(/imageAlt: describe the cover image/);
  });

  it('rejects an updated date before the publication date and an image outside public/', () => {
    const message = postProblems('blog/dates.mdx', {
      ...valid,
      updated: '2025-01-01T00:00:00.000Z',
      image: 'https://example.com/x.jpg',
      imageAlt: 'x',
    });
    expect(message).toMatch(/updated: the updated date is before the publication date/);
    expect(message).toMatch(/image: put the image in public\//);
  });
});

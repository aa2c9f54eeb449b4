import { describe, expect, it } from 'vitest';
import { visibleHtml } from '../../scripts/lib/bare-next-app';

describe('visibleHtml: what a reader sees of a prerendered page, for the bare reference page', () => {
  const page = [
    '<!DOCTYPE html><html lang="en-US"><head><title>A post</title>',
    '<script src="/_next/static/chunks/a.js" async=""></script></head>',
    '<body class="flex"><header><a href="/">Home</a></header>',
    '<main><script type="application/ld+json">{"@type":"BlogPosting"}</script>',
    '<h1>Healing for moms</h1><p>Ketamine-assisted psychotherapy, gently.</p></main>',
    '<script>self.__next_f.push([1,"0:{\\"children\\":\\"Healing for moms\\"}"])</script>',
    '<script>self.__next_f.push([1,"</p>"])</script></body></html>',
  ].join('\n');

  it('keeps the body’s elements and text and drops every script (RSC payload, JSON-LD)', () => {
    const html = visibleHtml(page);
    expect(html).toContain('<header><a href="/">Home</a></header>');
    expect(html).toContain(
      '<h1>Healing for moms</h1><p>Ketamine-assisted psychotherapy, gently.</p>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('BlogPosting');
    expect(html).not.toContain('<title>');
  });

  it('names the problem when the document has no body', () => {
    expect(() => visibleHtml('<p>no document</p>')).toThrow(/no <body>/);
  });
});

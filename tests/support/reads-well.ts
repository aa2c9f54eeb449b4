import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';

/** Server-rendered markup of an element, as the production build would send it. */
export function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** The text a reader sees: tags dropped, entities for quotes and ampersands decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return (
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      // Inline elements run on with the words around them; blocks are separated.
      .replace(/<\/?(a|strong|em|b|i|span|abbr|code)(\s[^>]*)?>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * What "reads well" rules out when a setting is empty: empty headings, paragraphs, list items or
 * definitions; a licence label with nothing after it; "undefined"/"null" leaking into text; a link with
 * no address; punctuation left dangling by a missing word.
 */
export function readingProblems(html: string): string[] {
  const problems: string[] = [];
  const empty = html.match(/<(h[1-6]|p|li|dt|dd|a|strong)(\s[^>]*)?>\s*<\/\1>/g);
  if (empty) problems.push(`empty elements: ${empty.join(' ')}`);
  const text = visibleText(html);
  if (/License\s*#\s*(?![\w-])/.test(text)) problems.push('a "License #" with no number');
  if (/\b(undefined|null|NaN)\b/.test(text)) problems.push('undefined/null in the text');
  if (/ [,.;:]| {2}|\(\s*\)|,\s*,/.test(text))
    problems.push(
      `dangling punctuation in: ${text.match(/.{0,30}( [,.;:]| {2}|\(\s*\)|,\s*,).{0,30}/)?.[0]}`,
    );
  if (/href="(mailto:|tel:)?"/.test(html)) problems.push('a link with an empty address');
  return problems;
}

/**
 * The phrases a page must not show while settings are empty (issue 11): words about what is
 * missing ("not listed here yet", "For now"), and a licence title without its number. `license`
 * is what the settings hold; while its number is empty, no licence may show at all.
 */
export function placeholderPhrases(
  text: string,
  license: { title: string; number: string },
): string[] {
  const found = [...text.matchAll(/not listed here yet|\bfor now\b/gi)].map((m) => m[0]);
  if (!license.number) {
    if (/\bLicense\b/.test(text)) found.push('“License” without a licence number');
    if (license.title && text.includes(license.title))
      found.push(`“${license.title}” without its number`);
  }
  return found;
}

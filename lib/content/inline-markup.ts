/**
 * The little Markdown a text of the content may hold outside a page's body: `**bold**` and
 * `[links](/terms)` (or `[call 988](tel:988)`). Everything else is text. Shared by the pages
 * (components/content/InlineText.tsx), the e-mails and the content's checks.
 */
export type InlinePart =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'link'; text: string; href: string };

const markup = /(\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/g;

export function inlineParts(text: string): InlinePart[] {
  return text
    .split(markup)
    .filter((part) => part !== '')
    .map((part): InlinePart => {
      const bold = /^\*\*([^*]+)\*\*$/.exec(part);
      if (bold) return { kind: 'bold', text: bold[1]! };
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
      if (link) return { kind: 'link', text: link[1]!, href: link[2]! };
      return { kind: 'text', text: part };
    });
}

/** The links of a text. */
export function linksIn(text: string): { text: string; href: string }[] {
  return inlineParts(text).filter((part) => part.kind === 'link');
}

/** The words a reader sees, without the markup. */
export function plainText(text: string): string {
  return inlineParts(text)
    .map((part) => part.text)
    .join('');
}

import { Fragment } from 'react';
import { Link } from '@/components/Link';
import { inlineParts } from '@/lib/content/inline-markup';

/**
 * A filled-in text from the content, with the little Markdown such texts may hold: `**bold**` and
 * `[links](/terms)` (lib/content/inline-markup.ts). Everything else stays text (React escapes it).
 */
export function InlineText({
  text,
  linkClassName = 'link',
}: {
  text: string;
  linkClassName?: string;
}) {
  return (
    <>
      {inlineParts(text).map((part, index) => {
        if (part.kind === 'bold') return <strong key={index}>{part.text}</strong>;
        if (part.kind === 'text') return <Fragment key={index}>{part.text}</Fragment>;
        // Pages of this site go through our Link; tel:, sms: and other sites are plain links.
        return part.href.startsWith('/') ? (
          <Link key={index} href={part.href} className={linkClassName}>
            {part.text}
          </Link>
        ) : (
          <a
            key={index}
            href={part.href}
            className={linkClassName}
            rel={/^https?:/.test(part.href) ? 'noopener noreferrer' : undefined}
          >
            {part.text}
          </a>
        );
      })}
    </>
  );
}

/** Paragraphs of a multi-line text (blank lines between them). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

import { Fragment } from 'react';
import { Link } from '@/components/Link';

/**
 * A filled-in text from the content, with the little Markdown such texts may hold: `**bold**` and
 * `[links](/terms)`. Everything else stays text (React escapes it).
 */
export function InlineText({
  text,
  linkClassName = 'link',
}: {
  text: string;
  linkClassName?: string;
}) {
  const parts = text.split(/(\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/g);
  return (
    <>
      {parts.map((part, index) => {
        const bold = /^\*\*([^*]+)\*\*$/.exec(part);
        if (bold) return <strong key={index}>{bold[1]}</strong>;
        const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
        if (link) {
          const [, label, href] = link;
          return href!.startsWith('/') ? (
            <Link key={index} href={href!} className={linkClassName}>
              {label}
            </Link>
          ) : (
            <a key={index} href={href} className={linkClassName} rel="noopener noreferrer">
              {label}
            </a>
          );
        }
        return <Fragment key={index}>{part}</Fragment>;
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

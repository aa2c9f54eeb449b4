import { useId } from 'react';
import { crisisIntro, crisisLines } from '@/lib/crisis';

export function CrisisNote({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-card border border-clay/30 bg-clay-soft p-5 text-ink"
    >
      <Heading id={headingId} className="font-sans text-base font-bold">
        In a crisis? Please reach out now.
      </Heading>
      <p className="mt-1 text-sm">{crisisIntro}</p>
      <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
        {crisisLines.map((line) => (
          <li key={line.href}>
            {line.situation}:{' '}
            <a href={line.href} className="crisis-link">
              {line.action}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

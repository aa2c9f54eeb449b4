import { useId } from 'react';
import { siteText } from '@/lib/content/site-text';

/** Where to turn in a crisis (content/site.json): every page's footer and after a consultation request. */
export function CrisisNote({
  headingLevel = 'h2',
  crisis = siteText.crisis,
}: {
  headingLevel?: 'h2' | 'h3';
  crisis?: typeof siteText.crisis;
}) {
  const Heading = headingLevel;
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-card border border-clay/30 bg-clay-soft p-5 text-ink"
    >
      <Heading id={headingId} className="font-sans text-base font-bold">
        {crisis.heading}
      </Heading>
      <p className="mt-1 text-sm">{crisis.intro}</p>
      <ul className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
        {crisis.lines.map((line) => (
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

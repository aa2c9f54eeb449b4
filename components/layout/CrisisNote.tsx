import { useId } from 'react';
import { InlineText } from '@/components/content/InlineText';
import { siteText } from '@/lib/content/site-text';

type Crisis = typeof siteText.crisis;
type LineGroup = Crisis['emergency'] | Crisis['support'];

/**
 * Where to turn in a crisis (content/site.json), in two groups kept apart: the crisis and emergency
 * lines, and the support lines for moms, which are not crisis lines. Every page's footer and after a
 * consultation request.
 */
export function CrisisNote({
  headingLevel = 'h2',
  crisis = siteText.crisis,
}: {
  headingLevel?: 'h2' | 'h3';
  crisis?: Crisis;
}) {
  const Heading = headingLevel;
  const groupHeading = headingLevel === 'h2' ? 'h3' : 'h4';
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="grid gap-4 rounded-card border border-line bg-white p-5 text-ink"
    >
      <div>
        <Heading id={headingId} className="font-sans text-lg font-bold">
          {crisis.heading}
        </Heading>
        <p className="mt-1 text-sm">{crisis.intro}</p>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <CrisisLines
          group={crisis.emergency}
          heading={groupHeading}
          className="border-l-4 border-clay bg-clay-soft"
        />
        <CrisisLines
          group={crisis.support}
          heading={groupHeading}
          className="border border-line bg-linen"
        />
      </div>
    </section>
  );
}

function CrisisLines({
  group,
  heading: Heading,
  className,
}: {
  group: LineGroup;
  heading: 'h3' | 'h4';
  className: string;
}) {
  return (
    <div className={`rounded-lg p-4 ${className}`}>
      <Heading className="font-sans text-base font-bold">{group.heading}</Heading>
      <ul className="mt-2 grid gap-2 text-sm">
        {group.lines.map((line) => (
          <li key={line.situation}>
            {line.situation}: <InlineText text={line.action} linkClassName="crisis-link" />
            {line.note && <span className="text-ink-soft"> — {line.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

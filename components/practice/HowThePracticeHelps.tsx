import { Link } from '@/components/Link';
import { kapPagePath } from '@/lib/kap';

const approaches = [
  {
    title: 'Ketamine-Assisted Psychotherapy',
    text: 'The medicine of Ketamine alongside therapy, to help you move through difficult emotions in a safe and gentle way, with preparation before and integration after.',
    href: kapPagePath,
    linkText: 'Learn about KAP',
  },
  {
    title: 'EMDR',
    text: 'Eye Movement Desensitization and Reprocessing: a therapy for working through painful memories, which I may weave into integration sessions.',
  },
  {
    title: 'IFS',
    text: 'Internal Family Systems: a compassionate way of getting to know the different parts of yourself. Like EMDR, it can be part of integration and of talk therapy.',
  },
];

/** KAP, EMDR and IFS for what motherhood can carry: trauma, depression and anxiety. */
export function HowThePracticeHelps() {
  return (
    <div className="grid gap-8">
      <ul className="grid gap-4 md:grid-cols-3">
        {approaches.map((approach) => (
          <li
            key={approach.title}
            className="grid content-start gap-2 rounded-card border border-line bg-white p-6"
          >
            <h3 className="text-xl font-semibold">{approach.title}</h3>
            <p className="text-ink-soft">{approach.text}</p>
            {approach.href && (
              <Link href={approach.href} className="link mt-1 inline-block min-h-6 font-semibold">
                {approach.linkText}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <div className="grid max-w-measure gap-4 text-lg">
        <p>
          During motherhood, and especially for mothers in recovery from trauma or any mood
          disorder, nervous system regulation is key. KAP can help moms look back at things like a
          traumatic delivery or events that happened in their childhood and release the emotional
          pain associated with the memory.
        </p>
        <p>
          It is also a break: a medicine session is three hours that are truly just for you, away
          from cooking, cleaning, school pick-ups, errands and all the responsibilities you carry.
        </p>
      </div>
    </div>
  );
}

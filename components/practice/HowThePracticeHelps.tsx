import { Link } from '@/components/Link';
import type { PageData } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';

/** KAP, EMDR and IFS as cards (the home page's front matter). */
export function HowThePracticeHelps({ cards }: { cards: PageData<'home'>['approaches']['cards'] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {cards.map((card) => (
        <li
          key={card.title}
          className="grid content-start gap-2 rounded-card border border-line bg-white p-6"
        >
          <h3 className="text-xl font-semibold">{fill(card.title)}</h3>
          <p className="text-ink-soft">{fill(card.text)}</p>
          {card.link && (
            <Link href={card.link.href} className="link mt-1 inline-block min-h-6 font-semibold">
              {fill(card.link.text)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

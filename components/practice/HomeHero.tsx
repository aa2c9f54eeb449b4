import { Link } from '@/components/Link';
import { pagePaths, type PageData } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { consultationLink } from '@/lib/navigation';
import { practice as defaultPractice, type Practice } from '@/lib/practice';

/** The promise to mothers in the practice's city, and the free consultation as the one primary action. */
export function HomeHero({
  hero,
  practice = defaultPractice,
}: {
  hero: PageData<'home'>['hero'];
  practice?: Practice;
}) {
  const text = (value: string) => fill(value, {}, practice);
  // A place whose words name an empty setting (telehealth without states) is left out.
  const places = hero.places
    .map((place) => ({ title: text(place.title), text: text(place.text) }))
    .filter((place) => place.title && place.text);
  return (
    <section
      aria-labelledby="home-heading"
      className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-center"
    >
      <div className="grid gap-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-clay">
          {text(hero.eyebrow)}
        </p>
        <h1 id="home-heading" className="text-4xl font-semibold leading-tight sm:text-5xl">
          {text(hero.title)}
        </h1>
        <p className="max-w-measure text-lg text-ink-soft sm:text-xl">{text(hero.text)}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={consultationLink.href} className="button-primary">
            {consultationLink.label}
          </Link>
          <Link href={pagePaths.kap} className="button-secondary">
            {text(hero.secondaryLink)}
          </Link>
        </div>
      </div>
      <div className="grid gap-4 rounded-card bg-sand p-6 sm:p-8">
        <p className="font-serif text-xl font-semibold">{text(hero.placesHeading)}</p>
        <ul className="grid gap-3">
          {places.map((place) => (
            <li key={place.title} className="grid gap-0.5">
              <span className="font-semibold">{place.title}</span>
              <span className="text-ink-soft">{place.text}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

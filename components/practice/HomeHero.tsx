import { Link } from '@/components/Link';
import { kapPagePath } from '@/lib/kap';
import { consultationLink } from '@/lib/navigation';
import { practice as defaultPractice, telehealthLine, type Practice } from '@/lib/practice';

/** The promise to mothers in the practice's city, and the free consultation as the one primary action. */
export function HomeHero({ practice = defaultPractice }: { practice?: Practice }) {
  const { city, stateName } = practice.location;
  const telehealth = telehealthLine(practice);
  return (
    <section
      aria-labelledby="home-heading"
      className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-center"
    >
      <div className="grid gap-5">
        <p className="text-sm font-semibold uppercase tracking-wide text-clay">
          Integrative therapy for moms · {city}, {stateName}
        </p>
        <h1 id="home-heading" className="text-4xl font-semibold leading-tight sm:text-5xl">
          A gentle path of healing for moms in {city}
        </h1>
        <p className="max-w-measure text-lg text-ink-soft sm:text-xl">
          For mothers who have endured trauma, or been depressed and anxious for a long time with
          little to no relief from SSRIs or traditional talk therapy: Ketamine-Assisted
          Psychotherapy (KAP) alongside EMDR and IFS, in person and by telehealth.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={consultationLink.href} className="button-primary">
            {consultationLink.label}
          </Link>
          <Link href={kapPagePath} className="button-secondary">
            How KAP works
          </Link>
        </div>
      </div>
      <div className="grid gap-4 rounded-card bg-sand p-6 sm:p-8">
        <p className="font-serif text-xl font-semibold">Where we meet</p>
        <ul className="grid gap-3">
          <li className="grid gap-0.5">
            <span className="font-semibold">In person in {city}</span>
            <span className="text-ink-soft">
              KAP medicine sessions in the comfort of your own home.
            </span>
          </li>
          {telehealth && (
            <li className="grid gap-0.5">
              <span className="font-semibold">By telehealth</span>
              <span className="text-ink-soft">For moms located anywhere in {telehealth}.</span>
            </li>
          )}
          <li className="grid gap-0.5">
            <span className="font-semibold">Free consultation</span>
            <span className="text-ink-soft">
              A short, no-pressure call to see whether we are a good fit.
            </span>
          </li>
        </ul>
      </div>
    </section>
  );
}

import { Link } from '@/components/Link';
import { fill, siteText } from '@/lib/content/site-text';
import { consultationLink } from '@/lib/navigation';

/** The one next step every page offers: a free consultation call (a page may word it its own way). */
export function ConsultationCta({
  cta = siteText.consultationCta,
}: {
  cta?: { heading: string; text: string };
}) {
  return (
    <section className="rounded-card bg-teal-soft p-6 sm:p-8">
      <h2 className="text-2xl font-semibold">{fill(cta.heading)}</h2>
      <p className="mt-2 max-w-measure text-ink">{fill(cta.text)}</p>
      <Link href={consultationLink.href} className="button-primary mt-5">
        {consultationLink.label}
      </Link>
    </section>
  );
}

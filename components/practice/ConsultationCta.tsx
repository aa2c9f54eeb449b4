import { Link } from '@/components/Link';
import { consultationLink } from '@/lib/navigation';

interface ConsultationCtaProps {
  heading?: string;
  children?: React.ReactNode;
}

/** The one next step every page offers: a free consultation call. */
export function ConsultationCta({
  heading = 'Wondering whether this is right for you?',
  children = 'A free consultation is a short, no-pressure call to talk about what you are looking for and whether we are a good fit. You don’t have to figure it out alone.',
}: ConsultationCtaProps) {
  return (
    <section className="rounded-card bg-teal-soft p-6 sm:p-8">
      <h2 className="text-2xl font-semibold">{heading}</h2>
      <p className="mt-2 max-w-measure text-ink">{children}</p>
      <Link href={consultationLink.href} className="button-primary mt-5">
        {consultationLink.label}
      </Link>
    </section>
  );
}

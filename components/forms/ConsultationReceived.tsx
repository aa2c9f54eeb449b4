import { CrisisNote } from '@/components/layout/CrisisNote';

/**
 * What she reads once her request is stored: in place of the form (with JavaScript), and on
 * /consultation/received (without). `heading` is that place's own heading.
 */
export function ConsultationReceived({
  heading,
  nextStep,
  otherWays,
}: {
  heading: React.ReactNode;
  nextStep: string;
  otherWays: string;
}) {
  return (
    <section
      aria-labelledby="consultation-received"
      className="grid gap-5 rounded-card border border-teal/30 bg-teal-soft p-6 sm:p-8"
    >
      {heading}
      <div role="status" className="grid gap-3 text-lg">
        <p>{nextStep}</p>
        <p>
          A short confirmation is on its way to your inbox. This request does not sign you up for
          any newsletter.
        </p>
        {otherWays && <p>{otherWays}</p>}
      </div>
      <CrisisNote headingLevel="h3" />
    </section>
  );
}

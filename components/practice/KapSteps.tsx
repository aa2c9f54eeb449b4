import { paragraphsOf } from '@/components/content/InlineText';

export interface KapStep {
  title: string;
  summary: string;
  details: string;
}

/**
 * The steps of a KAP journey (the KAP page's front matter): one line each on the home page, the
 * therapist's full description on the KAP page.
 */
export function KapSteps({ steps, detailed = false }: { steps: KapStep[]; detailed?: boolean }) {
  return (
    <ol className={detailed ? 'not-prose grid gap-6' : 'grid gap-4 sm:grid-cols-2 lg:grid-cols-5'}>
      {steps.map((step, index) => (
        <li
          key={step.title}
          className={
            detailed
              ? 'grid grid-cols-[2.5rem_1fr] gap-x-4 gap-y-2'
              : 'grid content-start gap-2 rounded-card border border-line bg-white p-5'
          }
        >
          <span
            aria-hidden="true"
            className="flex size-10 items-center justify-center rounded-full bg-teal-soft font-serif text-lg font-semibold text-teal-deep"
          >
            {index + 1}
          </span>
          <h3 className={detailed ? 'self-center text-xl font-semibold' : 'text-lg font-semibold'}>
            <span className="sr-only">{index + 1}. </span>
            {step.title}
          </h3>
          {detailed ? (
            <div className="col-span-2 grid max-w-measure gap-3 text-lg sm:col-span-1 sm:col-start-2">
              {paragraphsOf(step.details).map((paragraph, index) => (
                // Paragraphs of one text, in order: their place is their identity.
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : (
            <p className="text-ink-soft">{step.summary}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

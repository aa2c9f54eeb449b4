import { kapSteps } from '@/lib/kap';

/**
 * The steps of a KAP journey, from the therapist's article: one line each on the home page,
 * her full description on the KAP page.
 */
export function KapSteps({ detailed = false }: { detailed?: boolean }) {
  return (
    <ol className={detailed ? 'grid gap-6' : 'grid gap-4 sm:grid-cols-2 lg:grid-cols-5'}>
      {kapSteps.map((step, index) => (
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
            <span className="sr-only">Step {index + 1}: </span>
            {step.title}
          </h3>
          {detailed ? (
            <div className="col-span-2 grid max-w-measure gap-3 text-lg sm:col-span-1 sm:col-start-2">
              {step.details.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
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

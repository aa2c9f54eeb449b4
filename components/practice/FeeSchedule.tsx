import type { PageData } from '@/lib/content/pages';
import type { Practice } from '@/lib/practice';

type FeesText = PageData<'fees'>['fees'];

/** The session formats and fees from the settings, or the fees page's word on how to learn them. */
export function FeeSchedule({ practice, text }: { practice: Practice; text: FeesText }) {
  const { services } = practice;
  // The consultation is always free; say so unless the therapist lists it herself.
  const listsConsultation = services.some((service) => /consultation/i.test(service.name));
  return (
    <div className="not-prose grid max-w-measure gap-4">
      {!listsConsultation && (
        <div className="rounded-card border border-teal/30 bg-teal-soft p-5">
          <p className="font-semibold text-ink">{text.freeConsultationTitle}</p>
          <p className="mt-1 text-ink">{text.freeConsultationText}</p>
        </div>
      )}
      {services.length === 0 ? (
        <p className="max-w-measure">{text.noRates}</p>
      ) : (
        <ul className="grid gap-4">
          {services.map((service) => (
            <li
              key={service.name}
              className="grid gap-1 rounded-card border border-line bg-white p-5"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h3 className="text-xl font-semibold">{service.name}</h3>
                {service.fee && (
                  <p className="text-lg font-semibold text-teal-deep">{service.fee}</p>
                )}
              </div>
              {service.duration && <p className="text-ink-soft">{service.duration}</p>}
              {service.description && <p className="max-w-measure">{service.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const policyKeys = ['cancellation', 'payment', 'insurance'] as const;

/** The practice's policies that are set; none set reads as an invitation to ask. */
export function PracticePolicies({ practice, text }: { practice: Practice; text: FeesText }) {
  const set = policyKeys.filter((key) => practice.policies[key] !== '');
  if (set.length === 0) return <p>{text.noPolicies}</p>;
  return (
    <dl className="not-prose grid max-w-measure gap-5">
      {set.map((key) => (
        <div key={key} className="grid gap-1">
          <dt className="font-semibold">{text[key]}</dt>
          <dd className="whitespace-pre-line">{practice.policies[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

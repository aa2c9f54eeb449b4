import { practice as defaultPractice, type Practice } from '@/lib/practice';

/** The session formats and fees from the settings, or a plain word on how to learn them. */
export function FeeSchedule({ practice = defaultPractice }: { practice?: Practice }) {
  const { services } = practice;
  // The consultation is always free; say so unless the therapist lists it herself.
  const listsConsultation = services.some((service) => /consultation/i.test(service.name));
  return (
    <div className="grid max-w-measure gap-4">
      {!listsConsultation && (
        <div className="rounded-card border border-teal/30 bg-teal-soft p-5">
          <p className="font-semibold text-ink">Free consultation</p>
          <p className="mt-1 text-ink">
            A short call to talk about what you are looking for and whether we are a good fit. There
            is no charge for it.
          </p>
        </div>
      )}
      {services.length === 0 ? (
        <p className="max-w-measure">
          Session rates are not listed here yet. Ask about them in your free consultation: you will
          know what a session costs before anything is scheduled.
        </p>
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

const policyTitles: Record<keyof Practice['policies'], string> = {
  cancellation: 'Cancellations',
  payment: 'Payment',
  insurance: 'Insurance',
};

/** The practice's policies that are set; none set reads as an invitation to ask. */
export function PracticePolicies({ practice = defaultPractice }: { practice?: Practice }) {
  const set = (Object.keys(policyTitles) as (keyof Practice['policies'])[]).filter(
    (key) => practice.policies[key] !== '',
  );
  if (set.length === 0) {
    return (
      <p className="max-w-measure">
        Cancellation, payment and insurance questions are welcome in your free consultation.
      </p>
    );
  }
  return (
    <dl className="grid max-w-measure gap-5">
      {set.map((key) => (
        <div key={key} className="grid gap-1">
          <dt className="font-semibold">{policyTitles[key]}</dt>
          <dd className="whitespace-pre-line">{practice.policies[key]}</dd>
        </div>
      ))}
    </dl>
  );
}

import {
  cityLine,
  practice as defaultPractice,
  telehealthLine,
  telHref,
  type Practice,
} from '@/lib/practice';

/**
 * Who, licensed how, where and how to reach: the facts California asks advertising to show.
 * Each row appears only when the settings hold its fact.
 */
export function PracticeFacts({ practice = defaultPractice }: { practice?: Practice }) {
  const { fullName, credentials, licenseTitle, licenseNumber, jobTitle } = practice.therapist;
  const telehealth = telehealthLine(practice);
  const rows: { term: string; value: React.ReactNode }[] = [];
  if (fullName) {
    const name = credentials ? `${fullName}, ${credentials}` : fullName;
    // The job title adds something only when it is not the licence title or the word "Therapist" again.
    const role = jobTitle && jobTitle !== licenseTitle && jobTitle !== 'Therapist' ? jobTitle : '';
    rows.push({
      term: 'Therapist',
      value: role ? (
        <>
          {name}
          <span className="block text-ink-soft">{role}</span>
        </>
      ) : (
        name
      ),
    });
  }
  if (licenseTitle) {
    rows.push({
      term: 'License',
      value: licenseNumber ? `${licenseTitle}, License #${licenseNumber}` : licenseTitle,
    });
  }
  rows.push({ term: 'In person', value: cityLine(practice) });
  if (telehealth) rows.push({ term: 'Telehealth', value: `For clients located in ${telehealth}` });
  if (practice.contact.email) {
    rows.push({
      term: 'E-mail',
      value: (
        <a className="link break-all" href={`mailto:${practice.contact.email}`}>
          {practice.contact.email}
        </a>
      ),
    });
  }
  if (practice.contact.phone) {
    rows.push({
      term: 'Phone',
      value: (
        <a className="link" href={telHref(practice.contact.phone)}>
          {practice.contact.phone}
        </a>
      ),
    });
  }
  return (
    <dl className="grid gap-4 rounded-card border border-line bg-white p-5 sm:p-6">
      {rows.map((row) => (
        <div key={row.term} className="grid gap-0.5">
          <dt className="text-sm font-semibold uppercase tracking-wide text-ink-soft">
            {row.term}
          </dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { PageData } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { cityLine, telHref, type Practice } from '@/lib/practice';

/**
 * Who, licensed how, where and how to reach: the facts California asks advertising to show.
 * Each row appears only when the settings hold its fact; the labels are the about page's.
 */
export function PracticeFacts({
  practice,
  labels,
}: {
  practice: Practice;
  labels: PageData<'about'>['facts'];
}) {
  const { fullName, credentials, licenseTitle, licenseNumber, jobTitle } = practice.therapist;
  const rows: { term: string; value: React.ReactNode }[] = [];
  if (fullName) {
    const name = credentials ? `${fullName}, ${credentials}` : fullName;
    // The job title adds something only when it is not the licence title or the word "Therapist" again.
    const role = jobTitle && jobTitle !== licenseTitle && jobTitle !== 'Therapist' ? jobTitle : '';
    rows.push({
      term: labels.therapist,
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
      term: labels.license,
      value: licenseNumber ? `${licenseTitle}, License #${licenseNumber}` : licenseTitle,
    });
  }
  rows.push({ term: labels.inPerson, value: cityLine(practice) });
  const telehealth = fill(labels.telehealthText, {}, practice);
  if (telehealth) rows.push({ term: labels.telehealth, value: telehealth });
  if (practice.contact.email) {
    rows.push({
      term: labels.email,
      value: (
        <a className="link break-all" href={`mailto:${practice.contact.email}`}>
          {practice.contact.email}
        </a>
      ),
    });
  }
  if (practice.contact.phone) {
    rows.push({
      term: labels.phone,
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

import { siteText } from '@/lib/content/site-text';
import { practice as defaultPractice, telHref, type Practice } from '@/lib/practice';

/** Another way to reach the practice than the form: its e-mail and phone, when the settings have them. */
export function OtherWaysToReach({ practice = defaultPractice }: { practice?: Practice }) {
  const { email, phone } = practice.contact;
  const text = siteText.consultation;
  return (
    <aside
      aria-labelledby="other-ways-heading"
      className="rounded-card border border-line bg-sand p-5"
    >
      <h2 id="other-ways-heading" className="font-sans text-base font-bold">
        {text.otherWaysHeading}
      </h2>
      {email || phone ? (
        <ul className="mt-2 grid gap-1">
          {phone && (
            <li>
              Call or text{' '}
              <a className="link inline-block min-h-6" href={telHref(phone)}>
                {phone}
              </a>
            </li>
          )}
          {email && (
            <li>
              E-mail{' '}
              <a className="link inline-block min-h-6" href={`mailto:${email}`}>
                {email}
              </a>
            </li>
          )}
        </ul>
      ) : (
        <p className="mt-2">{text.onlyTheForm}</p>
      )}
    </aside>
  );
}

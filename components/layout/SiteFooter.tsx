import { Link } from '@/components/Link';
import { CrisisNote } from './CrisisNote';
import { fill, siteText } from '@/lib/content/site-text';
import { footerNav } from '@/lib/navigation';
import {
  licenseLine,
  practice as defaultPractice,
  telHref,
  therapistDisplayName,
  type Practice,
} from '@/lib/practice';

export function SiteFooter({ practice = defaultPractice }: { practice?: Practice }) {
  // California asks for the full name, the licence title spelled out and the number; until all three are set
  // the footer names her (when it can) and leaves the licence out rather than print half of it.
  const license = licenseLine(practice);
  const places = [siteText.footer.inPerson, siteText.footer.telehealth]
    .map((text) => fill(text, {}, practice))
    .filter(Boolean);
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <div className="mx-auto grid max-w-page gap-8 px-4 py-10 sm:px-6">
        <CrisisNote />
        <div className="grid gap-6 text-sm text-ink-soft sm:grid-cols-2">
          <div className="grid gap-1">
            <p className="font-serif text-base font-semibold text-ink">{practice.practiceName}</p>
            {license ? (
              <p>{license}</p>
            ) : (
              practice.therapist.fullName && <p>{therapistDisplayName(practice)}</p>
            )}
            <p>{places.join(' · ')}</p>
            {practice.contact.email && (
              <p>
                <a className="link" href={`mailto:${practice.contact.email}`}>
                  {practice.contact.email}
                </a>
              </p>
            )}
            {practice.contact.phone && (
              <p>
                <a className="link" href={telHref(practice.contact.phone)}>
                  {practice.contact.phone}
                </a>
              </p>
            )}
          </div>
          <nav aria-label="Footer" className="sm:justify-self-end">
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {footerNav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="link inline-block py-2">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}

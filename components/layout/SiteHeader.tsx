import { Link } from '@/components/Link';
import { consultationLink, mainNav } from '@/lib/navigation';
import { siteText } from '@/lib/content/site-text';
import { practice } from '@/lib/practice';

/** The header. On phones the menu is a <details> element, so it opens without JavaScript. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-linen/95">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
      >
        {siteText.navigation.skipToContent}
      </a>
      <div className="mx-auto flex max-w-page items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="font-serif text-lg font-semibold leading-tight text-ink no-underline sm:text-xl"
        >
          {practice.practiceName}
          <span className="block font-sans text-sm font-normal text-ink-soft">
            {practice.location.city}, {practice.location.stateName}
          </span>
        </Link>

        <nav aria-label="Main" className="hidden items-center gap-6 md:flex">
          {mainNav.map((item) => (
            <Link key={item.href} href={item.href} className="nav-link">
              {item.label}
            </Link>
          ))}
          <Link href={consultationLink.href} className="button-primary">
            {consultationLink.label}
          </Link>
        </nav>

        <details className="group relative md:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-full border border-line px-4 font-medium [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-lg leading-none group-open:hidden">
              ☰
            </span>
            <span aria-hidden="true" className="hidden text-lg leading-none group-open:inline">
              ✕
            </span>
            {siteText.navigation.menu}
          </summary>
          <nav
            aria-label="Main"
            className="absolute right-0 z-40 mt-2 w-64 rounded-card border border-line bg-white p-3 shadow-lg"
          >
            <ul className="grid gap-1">
              {mainNav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="menu-link">
                    {item.label}
                  </Link>
                </li>
              ))}
              <li className="mt-2">
                <Link href={consultationLink.href} className="button-primary w-full">
                  {consultationLink.label}
                </Link>
              </li>
            </ul>
          </nav>
        </details>
      </div>
    </header>
  );
}

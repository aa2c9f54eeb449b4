import { PageIntro } from '@/components/layout/PageIntro';
import { OtherWaysToReach } from '@/components/practice/OtherWaysToReach';
import { Link } from '@/components/Link';
import { fill, siteText } from '@/lib/content/site-text';

const words = siteText.booking;

/** A booking link that is forged, changed or expired: a 404 that says so, and what to do. */
export default function NotFound() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={fill(words.linkInvalidTitle)}>{fill(words.linkInvalid)}</PageIntro>
      <p>
        <Link href="/consultation" className="link">
          {fill(words.bookAgain)}
        </Link>
      </p>
      <OtherWaysToReach />
    </div>
  );
}

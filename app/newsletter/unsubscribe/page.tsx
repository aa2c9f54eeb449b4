import type { Metadata } from 'next';
import { NewsletterNotice } from '@/components/forms/NewsletterNotice';
import { unsubscribeFromNewsletter } from '@/lib/newsletter/actions';
import { verifyUnsubscribeLink } from '@/lib/newsletter/subscribers';

export const metadata: Metadata = {
  title: 'Unsubscribe',
  robots: { index: false, follow: false },
};

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const check = typeof token === 'string' ? await verifyUnsubscribeLink(token) : null;
  if (!check?.ok) {
    return (
      <NewsletterNotice title="This unsubscribe link is not valid">
        <p>
          The link is incomplete or was changed. Copy the whole link from the e-mail, or reply to
          any newsletter and ask to be removed.
        </p>
      </NewsletterNotice>
    );
  }
  return (
    <NewsletterNotice title="Unsubscribe from the newsletter">
      <p>
        Press the button and <strong>{check.claims.email}</strong> will receive no more newsletters.
      </p>
      <form action={unsubscribeFromNewsletter}>
        <input type="hidden" name="token" value={token as string} />
        <button type="submit" className="button-primary">
          Unsubscribe
        </button>
      </form>
    </NewsletterNotice>
  );
}

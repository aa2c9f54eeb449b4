import type { Metadata } from 'next';
import { NewsletterNotice, SignUpAgain } from '@/components/forms/NewsletterNotice';
import { confirmNewsletter } from '@/lib/newsletter/actions';
import { inspectConfirmLink } from '@/lib/newsletter/subscribers';

export const metadata: Metadata = {
  title: 'Confirm your newsletter sign-up',
  robots: { index: false, follow: false },
};

/**
 * Opening the link only shows a button; confirming is a POST. Mail scanners that open every link
 * in an e-mail therefore confirm nothing, and it works without JavaScript.
 */
export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const link =
    typeof token === 'string' ? await inspectConfirmLink(token) : ({ status: 'forged' } as const);

  switch (link.status) {
    case 'ready':
      return (
        <NewsletterNotice title="Confirm your newsletter sign-up">
          <p>
            Press the button to receive new articles at <strong>{link.email}</strong>. You can
            unsubscribe from any e-mail.
          </p>
          <form action={confirmNewsletter}>
            <input type="hidden" name="token" value={token as string} />
            <button type="submit" className="button-primary">
              Confirm my sign-up
            </button>
          </form>
        </NewsletterNotice>
      );
    case 'already-confirmed':
      return (
        <NewsletterNotice title="You are already subscribed">
          <p>
            This link was already used: {link.email} receives the newsletter. There is nothing more
            to do.
          </p>
        </NewsletterNotice>
      );
    case 'expired':
      return (
        <NewsletterNotice title="This confirmation link has expired">
          <p>
            Confirmation links work for 48 hours, and this one is older. Sign up again and we will
            send you a fresh link.
          </p>
          <SignUpAgain />
        </NewsletterNotice>
      );
    case 'used':
      return (
        <NewsletterNotice title="This confirmation link was already used">
          <p>
            This link was used already, or a newer sign-up replaced it. Use the link in the most
            recent e-mail, or sign up again for a fresh one.
          </p>
          <SignUpAgain />
        </NewsletterNotice>
      );
    default:
      return (
        <NewsletterNotice title="This confirmation link is not valid">
          <p>
            The link is incomplete or was changed, so it cannot confirm anything. Copy the whole
            link from the e-mail, or sign up again for a fresh one.
          </p>
          <SignUpAgain />
        </NewsletterNotice>
      );
  }
}

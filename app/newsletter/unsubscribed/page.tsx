import type { Metadata } from 'next';
import { NewsletterNotice } from '@/components/forms/NewsletterNotice';

export const metadata: Metadata = {
  title: 'You are unsubscribed',
  robots: { index: false, follow: false },
};

export default function Page() {
  return (
    <NewsletterNotice title="You are unsubscribed">
      <p>
        You will receive no more newsletters. If this was a mistake, you can sign up again at the
        end of any article.
      </p>
    </NewsletterNotice>
  );
}

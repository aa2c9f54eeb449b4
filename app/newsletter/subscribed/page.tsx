import type { Metadata } from 'next';
import { NewsletterNotice } from '@/components/forms/NewsletterNotice';

export const metadata: Metadata = {
  title: 'You are subscribed',
  robots: { index: false, follow: false },
};

export default function Page() {
  return (
    <NewsletterNotice title="You're subscribed">
      <p>
        Thank you. New articles will come to your inbox; each e-mail has a link to unsubscribe
        whenever you like.
      </p>
    </NewsletterNotice>
  );
}

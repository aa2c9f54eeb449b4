import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';
import { TermsAndConditions } from '@/components/legal/TermsAndConditions';

export const metadata: Metadata = {
  title: 'Terms and conditions',
  description:
    'The terms of using this website and its newsletter: education, not medical advice; no therapist–client relationship; not for emergencies.',
  alternates: { canonical: '/terms' },
};

export default function TermsPage() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Terms and conditions">
        <p>The terms of using this website and its newsletter.</p>
      </PageIntro>
      <TermsAndConditions />
    </div>
  );
}

import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';
import { PrivacyPolicy } from '@/components/legal/PrivacyPolicy';

export const metadata: Metadata = {
  title: 'Privacy policy',
  description:
    'What this site collects through its consultation and newsletter forms, who processes it, how long it is kept, and how to ask for its deletion. No analytics, no cookies.',
  alternates: { canonical: '/privacy' },
};

export default function PrivacyPage() {
  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Privacy policy">
        <p>How this site handles what you share with it.</p>
      </PageIntro>
      <PrivacyPolicy />
    </div>
  );
}

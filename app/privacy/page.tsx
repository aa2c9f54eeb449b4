import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';

export const metadata: Metadata = {
  title: 'Privacy policy',
  description: 'What this site collects, why, who processes it, and how to ask for its deletion.',
  alternates: { canonical: '/privacy' },
};

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Privacy policy">How this site handles what you share with it.</PageIntro>
    </div>
  );
}

import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';

export const metadata: Metadata = {
  title: 'Fees',
  description: 'Session fees, policies and your right to a Good Faith Estimate.',
  alternates: { canonical: '/fees' },
};

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Fees">Rates and policies for sessions.</PageIntro>
    </div>
  );
}

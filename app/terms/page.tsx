import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';

export const metadata: Metadata = {
  title: 'Terms and conditions',
  description: 'The terms of using this website and its newsletter.',
  alternates: { canonical: '/terms' },
};

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Terms and conditions">The terms of using this website and its newsletter.</PageIntro>
    </div>
  );
}

import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';

export const metadata: Metadata = {
  title: 'About',
  description: 'About the therapist and the integrative therapy practice for moms in San Jose, California.',
  alternates: { canonical: '/about' },
};

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="About">An integrative therapy practice for moms in San Jose, California, offering Ketamine-Assisted Psychotherapy, EMDR and IFS, in person and by telehealth.</PageIntro>
    </div>
  );
}

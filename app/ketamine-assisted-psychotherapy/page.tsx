import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/PageIntro';

export const metadata: Metadata = {
  title: 'Ketamine-Assisted Psychotherapy for Moms in San Jose',
  description: 'What Ketamine-Assisted Psychotherapy (KAP) is, how it helps moms, what a session looks like, and how safety is handled, in San Jose and by telehealth.',
  alternates: { canonical: '/ketamine-assisted-psychotherapy' },
};

export default function Page() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title="Ketamine-Assisted Psychotherapy for Moms in San Jose">KAP is the process of using the medicine of Ketamine alongside therapy to help people move through difficult emotions in a safe and gentle way.</PageIntro>
    </div>
  );
}

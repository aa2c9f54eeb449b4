import Link from 'next/link';
import { PostList } from '@/components/blog/PostList';
import { NewsletterSignup } from '@/components/forms/NewsletterSignup';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { consultationLink } from '@/lib/navigation';
import { getPosts } from '@/lib/posts';
import { cityLine } from '@/lib/practice';

export default function HomePage() {
  const latest = getPosts().slice(0, 3);
  return (
    <div className="mx-auto grid max-w-page gap-14 px-4 py-10 sm:px-6 sm:py-16">
      <section className="grid max-w-3xl gap-5">
        <p className="font-semibold text-clay">Integrative therapy for moms · {cityLine()} and telehealth</p>
        <h1 className="text-4xl font-semibold leading-tight sm:text-5xl">
          A gentle path of healing for moms
        </h1>
        <p className="max-w-measure text-lg text-ink-soft">
          Ketamine-Assisted Psychotherapy (KAP), EMDR and IFS for mothers who have endured trauma, or been
          depressed and anxious for a long time.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={consultationLink.href} className="button-primary">
            {consultationLink.label}
          </Link>
          <Link href="/ketamine-assisted-psychotherapy" className="button-secondary">
            Learn about KAP
          </Link>
        </div>
      </section>

      <section aria-labelledby="latest-heading" className="grid max-w-3xl gap-6">
        <h2 id="latest-heading" className="text-3xl font-semibold">
          Latest from the blog
        </h2>
        <PostList posts={latest} headingLevel="h3" />
      </section>

      <div className="grid max-w-3xl gap-10">
        <ConsultationCta />
        <NewsletterSignup />
      </div>
    </div>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { PostList } from '@/components/blog/PostList';
import { NewsletterSignup } from '@/components/forms/NewsletterSignup';
import { Section } from '@/components/layout/Section';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { HomeHero } from '@/components/practice/HomeHero';
import { HowThePracticeHelps } from '@/components/practice/HowThePracticeHelps';
import { KapSteps } from '@/components/practice/KapSteps';
import { JsonLd } from '@/components/seo/JsonLd';
import { kapPagePath } from '@/lib/kap';
import { getPosts } from '@/lib/posts';
import { practice } from '@/lib/practice';
import { practiceJsonLd } from '@/lib/structured-data';

const { city, state } = practice.location;

export const metadata: Metadata = {
  title: { absolute: `${practice.practiceName} in ${city}, ${state}: KAP, EMDR and IFS` },
  description: `Ketamine-Assisted Psychotherapy (KAP) alongside EMDR and IFS for mothers with trauma, depression or anxiety, in person in ${city} and by telehealth. Book a free consultation.`,
  alternates: { canonical: '/' },
};

export default function HomePage() {
  const latest = getPosts().slice(0, 3);
  return (
    <>
      <JsonLd data={practiceJsonLd()} />
      <div className="mx-auto grid max-w-page gap-16 px-4 py-10 sm:px-6 sm:py-16">
        <HomeHero />

        <Section
          eyebrow="How the practice helps"
          title="Trauma, depression and anxiety in motherhood"
          intro="Moms often don’t give enough room for themselves to explore their emotions, because so much of the day goes to worrying about everyone else. This practice makes that room."
        >
          <HowThePracticeHelps />
        </Section>

        <Section
          eyebrow="Working together"
          title="What a KAP journey looks like"
          intro="It starts with a free consultation. If KAP is a fit, these are the steps."
        >
          <KapSteps />
          <p>
            <Link href={kapPagePath} className="link inline-block min-h-6 text-lg">
              Each step in detail, safety, and who may benefit
            </Link>
          </p>
        </Section>

        <Section title="Latest from the blog">
          <div className="max-w-3xl">
            <PostList posts={latest} headingLevel="h3" />
          </div>
          <p>
            <Link href="/blog" className="link inline-block min-h-6 text-lg">
              All posts
            </Link>
          </p>
        </Section>

        <div className="grid gap-8 lg:grid-cols-2 lg:items-start">
          <ConsultationCta />
          <NewsletterSignup />
        </div>
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { PostList } from '@/components/blog/PostList';
import { PageBody } from '@/components/content/PageBody';
import { NewsletterSignup } from '@/components/forms/NewsletterSignup';
import { Section } from '@/components/layout/Section';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { HomeHero } from '@/components/practice/HomeHero';
import { HowThePracticeHelps } from '@/components/practice/HowThePracticeHelps';
import { KapSteps } from '@/components/practice/KapSteps';
import { MedicalNote } from '@/components/practice/MedicalNote';
import { TherapistPhoto } from '@/components/practice/TherapistPhoto';
import { JsonLd } from '@/components/seo/JsonLd';
import { getPage, kapSteps, pagePaths } from '@/lib/content/pages';
import { fill } from '@/lib/content/site-text';
import { getPosts } from '@/lib/posts';
import { practice } from '@/lib/practice';
import { practiceJsonLd } from '@/lib/structured-data';

const page = getPage('home');
const { hero, approaches, journey, latest } = page.data;

export const metadata: Metadata = {
  title: { absolute: fill(page.data.title) },
  description: fill(page.data.description),
  alternates: { canonical: '/' },
};

export default function HomePage() {
  const posts = getPosts().slice(0, 3);
  return (
    <>
      <JsonLd data={practiceJsonLd()} />
      <div className="mx-auto grid max-w-page gap-16 px-4 py-10 sm:px-6 sm:py-16">
        <HomeHero hero={hero} />

        <Section
          eyebrow={fill(approaches.eyebrow)}
          title={fill(approaches.title)}
          intro={fill(approaches.intro)}
        >
          <div className="grid gap-8">
            <HowThePracticeHelps cards={approaches.cards} />
            <div className="grid gap-8 md:grid-cols-[minmax(0,1fr)_auto] md:items-start">
              <div className="grid gap-6">
                <PageBody page={page} className="prose-p:text-ink" />
                <MedicalNote />
              </div>
              <TherapistPhoto practice={practice} className="md:w-64" />
            </div>
          </div>
        </Section>

        <Section
          eyebrow={fill(journey.eyebrow)}
          title={fill(journey.title)}
          intro={fill(journey.intro)}
        >
          <KapSteps steps={kapSteps()} />
          <p>
            <Link href={pagePaths.kap} className="link inline-block min-h-6 text-lg">
              {fill(journey.link)}
            </Link>
          </p>
        </Section>

        <Section title={fill(latest.title)}>
          <div className="max-w-3xl">
            <PostList posts={posts} headingLevel="h3" />
          </div>
          <p>
            <Link href="/blog" className="link inline-block min-h-6 text-lg">
              {fill(latest.link)}
            </Link>
          </p>
        </Section>

        <div className="grid gap-8 lg:grid-cols-2 lg:items-start">
          <ConsultationCta cta={page.data.cta} />
          <NewsletterSignup />
        </div>
      </div>
    </>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { notFound } from 'next/navigation';
import { MdxContent } from '@/components/blog/MdxContent';
import { PostMeta } from '@/components/blog/PostMeta';
import { RelatedPosts } from '@/components/blog/RelatedPosts';
import { ShareLinks } from '@/components/blog/ShareLinks';
import { TagList } from '@/components/blog/TagList';
import { NewsletterSignup } from '@/components/forms/NewsletterSignup';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { MedicalNote } from '@/components/practice/MedicalNote';
import { JsonLd } from '@/components/seo/JsonLd';
import {
  getAdjacentPosts,
  getPost,
  getPosts,
  getPostStatus,
  getRelatedPosts,
  isKapPost,
} from '@/lib/posts';
import { absoluteUrl } from '@/lib/site';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: PageProps<'/blog/[slug]'>): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  const path = `/blog/${post.slug}`;
  return {
    title: post.title,
    description: post.summary,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      url: path,
      title: post.title,
      description: post.summary,
      publishedTime: post.date,
      modifiedTime: post.updated ?? post.date,
      tags: post.tags,
      ...(post.image && { images: [{ url: post.image, alt: post.imageAlt }] }),
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.summary },
  };
}

export default async function PostPage({ params }: PageProps<'/blog/[slug]'>) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const url = absoluteUrl(`/blog/${post.slug}`);
  const { newer, older } = getAdjacentPosts(post.slug);

  return (
    <>
      <JsonLd data={blogPostingJsonLd(post)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Blog', path: '/blog' },
          { name: post.title, path: `/blog/${post.slug}` },
        ])}
      />
      <article className="mx-auto max-w-measure px-4 py-10 sm:px-0 sm:py-14">
        <header className="grid gap-4">
          <Link href="/blog" className="link w-fit text-sm">
            ← All posts
          </Link>
          <h1 className="text-3xl font-semibold leading-tight sm:text-4xl">{post.title}</h1>
          <PostMeta
            date={post.date}
            updated={post.updated}
            readingMinutes={post.readingMinutes}
            status={getPostStatus(post)}
          />
          <TagList tags={post.tags} />
          {post.image && (
            // A plain <img>: covers are optional and prepared at 1200×630, and next/image would add
            // its client code to every post, with or without a cover.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={post.image}
              alt={post.imageAlt ?? ''}
              width={1200}
              height={630}
              fetchPriority="high"
              decoding="async"
              className="mt-2 h-auto w-full rounded-card"
            />
          )}
        </header>

        {isKapPost(post) && (
          <div className="mt-8">
            <MedicalNote />
          </div>
        )}

        <div className="prose prose-practice mt-8 max-w-none">
          <MdxContent code={post.body.code} />
        </div>

        <footer className="mt-12 grid gap-10">
          <ShareLinks url={url} title={post.title} />
          <ConsultationCta />
          <NewsletterSignup />
          <RelatedPosts posts={getRelatedPosts(post)} newer={newer} older={older} />
        </footer>
      </article>
    </>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/blog/PostList';
import { getTag, getTags } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({
  params,
}: PageProps<'/blog/tags/[tag]'>): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return {
    title: `Posts tagged “${tag.name}”`,
    description: `Articles about ${tag.name} from a San Jose therapy practice for moms.`,
    alternates: { canonical: `/blog/tags/${tag.slug}` },
  };
}

export default async function TagPage({ params }: PageProps<'/blog/tags/[tag]'>) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <Link href="/blog" className="link text-sm">
        ← All posts
      </Link>
      <h1 className="mt-4 text-3xl font-semibold sm:text-4xl">Posts tagged “{tag.name}”</h1>
      <p className="mt-3 text-ink-soft">
        {tag.count} {tag.count === 1 ? 'post' : 'posts'}
      </p>
      <div className="mt-8">
        <PostList posts={tag.posts} />
      </div>
    </div>
  );
}

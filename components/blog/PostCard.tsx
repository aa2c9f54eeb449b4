import { Link } from '@/components/Link';
import { PostMeta } from './PostMeta';
import { TagList } from './TagList';
import type { Post } from '@/lib/posts';
import { getPostStatus } from '@/lib/posts';

export function PostCard({
  post,
  headingLevel = 'h2',
}: {
  post: Post;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  return (
    <article className="grid gap-3 rounded-card border border-line bg-white p-5 sm:p-6">
      <Heading className="text-xl font-semibold leading-snug sm:text-2xl">
        <Link href={`/blog/${post.slug}`} className="text-ink no-underline hover:text-teal">
          {post.title}
        </Link>
      </Heading>
      <PostMeta
        date={post.date}
        readingMinutes={post.readingMinutes}
        status={getPostStatus(post)}
      />
      <p className="text-ink-soft">{post.summary}</p>
      <TagList tags={post.tags} label={`Tags of “${post.title}”`} />
    </article>
  );
}

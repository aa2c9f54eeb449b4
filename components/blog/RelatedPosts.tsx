import { Link } from '@/components/Link';
import type { Post } from '@/lib/posts';

interface RelatedPostsProps {
  posts: Post[];
  newer?: Post;
  older?: Post;
}

/** More to read: posts sharing tags, and the neighbours in time. Nothing when the post is alone. */
export function RelatedPosts({ posts, ...neighbours }: RelatedPostsProps) {
  // A neighbour already listed as related is not offered twice.
  const notRelated = (post?: Post) => post && !posts.some((p) => p.slug === post.slug);
  const newer = notRelated(neighbours.newer) ? neighbours.newer : undefined;
  const older = notRelated(neighbours.older) ? neighbours.older : undefined;
  if (posts.length === 0 && !newer && !older) return null;
  return (
    <nav aria-labelledby="more-heading" className="grid gap-4">
      <h2 id="more-heading" className="text-2xl font-semibold">
        Keep reading
      </h2>
      {posts.length > 0 && (
        <ul className="grid gap-2">
          {posts.map((post) => (
            <li key={post.slug}>
              <Link href={`/blog/${post.slug}`} className="link text-lg">
                {post.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap justify-between gap-4 text-sm">
        {newer && (
          <Link href={`/blog/${newer.slug}`} rel="next" className="link">
            Newer: {newer.title}
          </Link>
        )}
        {older && (
          <Link href={`/blog/${older.slug}`} rel="prev" className="link">
            Older: {older.title}
          </Link>
        )}
      </div>
    </nav>
  );
}

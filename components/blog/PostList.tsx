import { PostCard } from './PostCard';
import type { Post } from '@/lib/posts';

export function PostList({ posts, headingLevel }: { posts: Post[]; headingLevel?: 'h2' | 'h3' }) {
  if (posts.length === 0) {
    return <p className="text-ink-soft">No posts yet. The first one is on its way.</p>;
  }
  return (
    <ul className="grid gap-5">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

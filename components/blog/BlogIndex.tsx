import { Pagination } from './Pagination';
import { PostList } from './PostList';
import type { Post } from '@/lib/posts';
import type { Page } from '@/lib/posts/queries';

export function BlogIndex({ page }: { page: Page<Post> }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6 sm:py-14">
      <h1 className="text-3xl font-semibold sm:text-4xl">Blog</h1>
      <p className="mt-3 max-w-measure text-lg text-ink-soft">
        Writing on Ketamine-Assisted Psychotherapy, healing and motherhood.
        {page.totalPages > 1 && ` Page ${page.page} of ${page.totalPages}.`}
      </p>
      <div className="mt-8">
        <PostList posts={page.posts} />
      </div>
      <Pagination page={page.page} totalPages={page.totalPages} />
    </div>
  );
}

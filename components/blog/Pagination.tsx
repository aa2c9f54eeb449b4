import { Link } from '@/components/Link';

/** Links to the newer and older pages of the blog index: page 1 is /blog, page n is /blog/page/n. */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const href = (n: number) => (n === 1 ? '/blog' : `/blog/page/${n}`);
  return (
    <nav aria-label="Blog pages" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="button-secondary">
          ← Newer posts
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft">
        Page {page} of {totalPages}
      </p>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className="button-secondary">
          Older posts →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

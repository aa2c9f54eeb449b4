import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { consultationLink } from '@/lib/navigation';
import { getPosts } from '@/lib/posts';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. Here is where to go instead.',
  robots: { index: false },
};

export default function NotFound() {
  const latest = getPosts().slice(0, 3);
  return (
    <div className="mx-auto max-w-measure px-4 py-14 sm:px-0">
      <p className="text-sm font-semibold uppercase tracking-wide text-clay">Error 404</p>
      <h1 className="mt-2 text-3xl font-semibold sm:text-4xl">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-ink-soft">
        The link may be old, or the address may have a typo. These may help you find your way:
      </p>
      <ul className="mt-6 grid gap-3 text-lg">
        <li>
          <Link href="/" className="link">
            The home page
          </Link>
        </li>
        <li>
          <Link href="/blog" className="link">
            All blog posts
          </Link>
        </li>
        <li>
          <Link href={consultationLink.href} className="link">
            {consultationLink.label}
          </Link>
        </li>
      </ul>
      {latest.length > 0 && (
        <>
          <h2 className="mt-10 text-2xl font-semibold">Recent posts</h2>
          <ul className="mt-4 grid gap-2">
            {latest.map((post) => (
              <li key={post.slug}>
                <Link href={`/blog/${post.slug}`} className="link">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

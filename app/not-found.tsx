import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { siteText } from '@/lib/content/site-text';
import { consultationLink } from '@/lib/navigation';
import { getPosts } from '@/lib/posts';

const text = siteText.notFound;

export const metadata: Metadata = {
  title: text.title,
  description: text.description,
  robots: { index: false },
};

export default function NotFound() {
  const latest = getPosts().slice(0, 3);
  return (
    <div className="mx-auto max-w-measure px-4 py-14 sm:px-0">
      <p className="text-sm font-semibold uppercase tracking-wide text-clay">{text.eyebrow}</p>
      <h1 className="mt-2 text-3xl font-semibold sm:text-4xl">{text.heading}</h1>
      <p className="mt-4 text-lg text-ink-soft">{text.text}</p>
      <ul className="mt-6 grid gap-3 text-lg">
        <li>
          <Link href="/" className="link">
            {text.homeLink}
          </Link>
        </li>
        <li>
          <Link href="/blog" className="link">
            {text.blogLink}
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
          <h2 className="mt-10 text-2xl font-semibold">{text.recentPosts}</h2>
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

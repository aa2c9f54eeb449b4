import type { Metadata } from 'next';
import { BlogIndex } from '@/components/blog/BlogIndex';
import { getPostsPage } from '@/lib/posts';

export const metadata: Metadata = {
  title: 'Blog',
  description:
    'Articles on Ketamine-Assisted Psychotherapy (KAP), healing and motherhood, from a San Jose therapy practice for moms.',
  alternates: { canonical: '/blog' },
};

export default function BlogPage() {
  // Page 1 always exists, even before the first post.
  return <BlogIndex page={getPostsPage(1)!} />;
}

import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { BlogIndex } from '@/components/blog/BlogIndex';
import { getPostsPage } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  const totalPages = getPostsPage(1)!.totalPages;
  // Page 1 lives at /blog; /blog/page/1 is prerendered only to redirect there.
  return Array.from({ length: totalPages }, (_, i) => ({ page: String(i + 1) }));
}

export async function generateMetadata({
  params,
}: PageProps<'/blog/page/[page]'>): Promise<Metadata> {
  const { page } = await params;
  return { title: `Blog, page ${page}`, alternates: { canonical: `/blog/page/${page}` } };
}

export default async function BlogPageN({ params }: PageProps<'/blog/page/[page]'>) {
  const n = Number((await params).page);
  if (n === 1) redirect('/blog');
  const page = getPostsPage(n);
  if (!page) notFound();
  return <BlogIndex page={page} />;
}

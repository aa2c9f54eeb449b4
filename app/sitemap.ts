import type { MetadataRoute } from 'next';
import { staticPages } from '@/lib/pages';
import { getPosts, getPostsPage, getTags } from '@/lib/posts';
import { absoluteUrl } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getPosts();
  const { totalPages } = getPostsPage(1)!;
  return [
    ...staticPages.map((path) => ({ url: absoluteUrl(path) })),
    ...Array.from({ length: totalPages - 1 }, (_, i) => ({
      url: absoluteUrl(`/blog/page/${i + 2}`),
    })),
    ...posts.map((post) => ({
      url: absoluteUrl(`/blog/${post.slug}`),
      lastModified: post.updated ?? post.date,
    })),
    ...getTags().map((tag) => ({ url: absoluteUrl(`/blog/tags/${tag.slug}`) })),
  ];
}

import { Feed } from 'feed';
import { getPosts } from '@/lib/posts';
import { practice, therapistDisplayName } from '@/lib/practice';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export function GET() {
  const posts = getPosts();
  const feed = new Feed({
    title: `${practice.practiceName} · Blog`,
    description: practice.tagline,
    id: absoluteUrl('/blog'),
    link: absoluteUrl('/blog'),
    language: 'en-US',
    copyright: `© ${practice.practiceName}`,
    updated: posts[0] ? new Date(posts[0].updated ?? posts[0].date) : undefined,
    feedLinks: { rss: absoluteUrl('/feed.xml') },
    author: { name: therapistDisplayName(), link: absoluteUrl('/about') },
  });
  for (const post of posts) {
    const url = absoluteUrl(`/blog/${post.slug}`);
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.summary,
      date: new Date(post.date),
      category: post.tags.map((name) => ({ name })),
    });
  }
  return new Response(feed.rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}

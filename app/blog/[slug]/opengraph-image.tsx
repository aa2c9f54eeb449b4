import { notFound } from 'next/navigation';
import { ImageResponse } from 'next/og';
import { OgCard, ogSize } from '@/components/seo/OgCard';
import { getPost } from '@/lib/posts';
import { cityLine, practice } from '@/lib/practice';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The post’s title on the practice’s card';

/**
 * Each post's Open Graph image is drawn from its title the first time it is asked for (a share
 * preview or a crawler), then kept: no params at build time makes the route one Next.js renders on
 * request and stores with its prerendered pages (on disk and in memory), served from there at the
 * same address and with the same headers as an image made at build time. Drawing every card during
 * the build cost about 15 ms of CPU per post, a third of what the build grew by with each post. An
 * address that names no post answers 404 (which Next.js keeps too, a small file per address).
 */
export function generateStaticParams() {
  return [];
}

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  return new ImageResponse(
    <OgCard eyebrow={`${practice.practiceName} · Blog`} title={post.title} footer={cityLine()} />,
    size,
  );
}

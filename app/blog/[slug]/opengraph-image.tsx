import { ImageResponse } from 'next/og';
import { OgCard, ogSize } from '@/components/seo/OgCard';
import { getPost, getPosts } from '@/lib/posts';
import { cityLine, practice } from '@/lib/practice';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = 'The post’s title on the practice’s card';

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  return new ImageResponse(
    <OgCard
      eyebrow={`${practice.practiceName} · Blog`}
      title={post?.title ?? practice.practiceName}
      footer={cityLine()}
    />,
    size,
  );
}

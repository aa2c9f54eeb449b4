import { ImageResponse } from 'next/og';
import { OgCard, ogSize } from '@/components/seo/OgCard';
import { cityLine, practice } from '@/lib/practice';

export const size = ogSize;
export const contentType = 'image/png';
export const alt = `${practice.practiceName}, ${cityLine()}`;

export default function OpenGraphImage() {
  return new ImageResponse(
    <OgCard eyebrow={cityLine()} title={practice.practiceName} footer={practice.tagline} />,
    size,
  );
}

import { publicImage } from '@/lib/content/images';
import type { Practice } from '@/lib/practice';

/**
 * The therapist's portrait from the settings, or nothing. Always below the fold: loaded lazily,
 * with its size set so nothing moves when it arrives, and never the page's largest first paint.
 */
export function TherapistPhoto({
  practice,
  className = '',
}: {
  practice: Practice;
  className?: string;
}) {
  const { photo, photoAlt } = practice.therapist;
  if (!photo) return null;
  const image = publicImage(photo, 'content/practice.json therapist.photo');
  return (
    // A plain <img>: next/image would add its client code to the page for one optional picture.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={image.src}
      alt={photoAlt}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
      className={`h-auto w-full max-w-xs rounded-card object-cover ${className}`}
    />
  );
}

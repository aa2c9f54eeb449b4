'use client';

import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'prefetch'>;

/**
 * `next/link` that prefetches a page when the reader reaches for its link (pointer over it, finger
 * on it, keyboard focus on it) rather than as soon as the link scrolls into view. A post shows some
 * fifteen links; prefetching them all costs a slow phone CPU time and data just as she starts
 * reading, for pages she mostly won't open. Reaching for a link still starts the fetch a moment
 * before the click, so navigation stays quick. Every internal link goes through this component
 * (ESLint forbids importing `next/link` elsewhere).
 */
export function Link({ href, onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const path = (typeof href === 'string' ? href : href.pathname)?.split('#')[0];
  const prefetch = () => {
    if (path?.startsWith('/')) router.prefetch(path);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}

'use client';

import NextLink from 'next/link';
import { useState, type ComponentProps } from 'react';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'prefetch'>;

/**
 * `next/link` that prefetches a page when the reader reaches for its link (pointer over it, finger
 * on it, keyboard focus on it) rather than as soon as the link scrolls into view. A post shows some
 * fifteen links; prefetching them all costs a slow phone CPU time and data just as she starts
 * reading, for pages she mostly won't open. Reaching for a link turns next/link's own prefetching
 * on for it, which starts the fetch a moment before the click, so navigation stays quick. Every
 * internal link goes through this component (ESLint forbids importing `next/link` elsewhere).
 */
export function Link({ onMouseEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const [reachedFor, setReachedFor] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={reachedFor ? 'auto' : false}
      onMouseEnter={(event) => {
        setReachedFor(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setReachedFor(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setReachedFor(true);
        onFocus?.(event);
      }}
    />
  );
}

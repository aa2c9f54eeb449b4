import { Link } from '@/components/Link';
import type { ComponentProps } from 'react';
import { getMDXComponent } from 'next-contentlayer2/hooks';

/** Internal links go through our Link (next/link, prefetched on intent); links elsewhere open normally, without referrer. */
function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) return <Link href={href} {...props} />;
  return <a href={href} rel="noopener noreferrer" {...props} />;
}

const components = { a: MdxLink };

/** Renders a post's compiled MDX on the server: no JavaScript reaches the reader for it. */
export function MdxContent({ code }: { code: string }) {
  // Called as a function: the compiled MDX is a pure function of its props and renders once, on the server.
  return getMDXComponent(code)({ components });
}

export interface ShareLink {
  network: string;
  href: string;
}

/** Plain share links: they work without JavaScript and load nothing from the networks until clicked. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'E-mail', href: `mailto:?subject=${t}&body=${t}%0A%0A${u}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
  ];
}

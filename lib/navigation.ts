export interface NavLink {
  href: string;
  label: string;
}

/** The header's links; the consultation button stands apart as the one primary action. */
export const mainNav: NavLink[] = [
  { href: '/blog', label: 'Blog' },
  { href: '/ketamine-assisted-psychotherapy', label: 'KAP' },
  { href: '/about', label: 'About' },
];

export const consultationLink: NavLink = {
  href: '/consultation',
  label: 'Book a free consultation',
};

export const footerNav: NavLink[] = [
  { href: '/fees', label: 'Fees' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/terms', label: 'Terms' },
  { href: '/feed.xml', label: 'RSS feed' },
];

import { siteText } from '@/lib/content/site-text';

export interface NavLink {
  href: string;
  label: string;
}

const labels = siteText.navigation;

/** The header's links; the consultation button stands apart as the one primary action. */
export const mainNav: NavLink[] = [
  { href: '/blog', label: labels.blog },
  { href: '/ketamine-assisted-psychotherapy', label: labels.kap },
  { href: '/about', label: labels.about },
];

export const consultationLink: NavLink = { href: '/consultation', label: labels.consultation };

export const footerNav: NavLink[] = [
  { href: '/fees', label: labels.fees },
  { href: '/privacy', label: labels.privacy },
  { href: '/terms', label: labels.terms },
  { href: '/accessibility', label: labels.accessibility },
  { href: '/feed.xml', label: labels.feed },
];

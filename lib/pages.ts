/** The site's fixed pages, for the sitemap and the link checks. */
export const staticPages = [
  '/',
  '/blog',
  '/ketamine-assisted-psychotherapy',
  '/about',
  '/fees',
  '/consultation',
  '/privacy',
  '/terms',
  '/accessibility',
] as const;

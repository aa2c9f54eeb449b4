import type { BlogPosting, BreadcrumbList, Organization, Person, WithContext } from 'schema-dts';
import { practice, type Practice } from './practice';
import { absoluteUrl } from './site';

/** The therapist when her name is set, otherwise the practice: nothing about her is invented. */
export function authorNode(p: Practice = practice): Person | Organization {
  if (p.therapist.fullName) {
    return {
      '@type': 'Person',
      name: p.therapist.fullName,
      ...(p.therapist.jobTitle && { jobTitle: p.therapist.jobTitle }),
      url: absoluteUrl('/about'),
    };
  }
  return { '@type': 'Organization', name: p.practiceName, url: absoluteUrl('/') };
}

export function publisherNode(p: Practice = practice): Organization {
  return {
    '@type': 'Organization',
    name: p.practiceName,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
  };
}

interface PostForJsonLd {
  slug: string;
  title: string;
  summary: string;
  date: string;
  updated?: string;
  tags: string[];
  image?: string;
}

export function blogPostingJsonLd(post: PostForJsonLd): WithContext<BlogPosting> {
  const url = absoluteUrl(`/blog/${post.slug}`);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    author: authorNode(),
    publisher: publisherNode(),
    image: absoluteUrl(post.image ?? `/blog/${post.slug}/opengraph-image`),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    keywords: post.tags.join(', '),
    inLanguage: 'en-US',
  };
}

export function breadcrumbJsonLd(trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

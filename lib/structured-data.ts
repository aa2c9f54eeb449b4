import type {
  BlogPosting,
  BreadcrumbList,
  FAQPage,
  MedicalBusiness,
  Organization,
  Person,
  WithContext,
} from 'schema-dts';
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

export function breadcrumbJsonLd(
  trail: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
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

/** The therapist as a Person, or null while her name is not set: nothing about her is invented. */
export function therapistNode(p: Practice = practice): Person | null {
  const { fullName, credentials, jobTitle, licenseTitle, licenseNumber } = p.therapist;
  if (!fullName) return null;
  return {
    '@type': 'Person',
    '@id': absoluteUrl('/about#therapist'),
    name: fullName,
    ...(jobTitle && { jobTitle }),
    ...(credentials && { honorificSuffix: credentials }),
    ...(licenseTitle &&
      licenseNumber && {
        hasCredential: {
          '@type': 'EducationalOccupationalCredential',
          credentialCategory: 'license',
          name: licenseTitle,
          identifier: licenseNumber,
        },
      }),
    url: absoluteUrl('/about'),
    worksFor: { '@id': absoluteUrl('/#practice') },
  };
}

/** The practice as a local MedicalBusiness in its city, with the therapist when her name is set. */
export function practiceJsonLd(p: Practice = practice): WithContext<MedicalBusiness> {
  const therapist = therapistNode(p);
  const { city, state, stateName } = p.location;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalBusiness',
    '@id': absoluteUrl('/#practice'),
    name: p.practiceName,
    ...(p.tagline && { description: p.tagline }),
    url: absoluteUrl('/'),
    logo: absoluteUrl('/icon.svg'),
    image: absoluteUrl('/opengraph-image'),
    address: {
      '@type': 'PostalAddress',
      addressLocality: city,
      addressRegion: state,
      addressCountry: 'US',
    },
    areaServed: [
      {
        '@type': 'City',
        name: `${city}, ${state}`,
        containedInPlace: { '@type': 'State', name: stateName },
      },
      ...p.telehealthStates.map((name) => ({ '@type': 'State' as const, name })),
    ],
    knowsAbout: [
      'Ketamine-Assisted Psychotherapy',
      'EMDR',
      'Internal Family Systems',
      'Maternal mental health',
    ],
    ...(p.contact.email && { email: p.contact.email }),
    ...(p.contact.phone && { telephone: p.contact.phone }),
    ...(p.social.length > 0 && { sameAs: p.social.map((link) => link.url) }),
    ...(therapist && { employee: therapist }),
  };
}

export function faqJsonLd(entries: { question: string; answer: string }[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

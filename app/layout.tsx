import type { Metadata, Viewport } from 'next';
import './globals.css';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { practice } from '@/lib/practice';
import { siteUrl } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: {
    default: `${practice.practiceName} · ${practice.location.city}, ${practice.location.state}`,
    template: `%s · ${practice.practiceName}`,
  },
  description: practice.tagline,
  applicationName: practice.practiceName,
  openGraph: {
    siteName: practice.practiceName,
    locale: 'en_US',
    type: 'website',
  },
  twitter: { card: 'summary_large_image' },
  alternates: {
    types: {
      'application/rss+xml': [{ url: '/feed.xml', title: `${practice.practiceName} blog` }],
    },
  },
};

export const viewport: Viewport = {
  themeColor: '#fbf7f2',
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en-US">
      <body className="flex min-h-dvh flex-col">
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

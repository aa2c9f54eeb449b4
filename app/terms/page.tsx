import { LegalPage, legalPageMetadata } from '@/components/content/LegalPage';

export const metadata = legalPageMetadata('terms');

export default function TermsPage() {
  return <LegalPage slug="terms" />;
}

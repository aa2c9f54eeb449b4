import { LegalPage, legalPageMetadata } from '@/components/content/LegalPage';

export const metadata = legalPageMetadata('privacy');

export default function PrivacyPage() {
  return <LegalPage slug="privacy" />;
}

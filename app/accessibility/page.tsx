import { LegalPage, legalPageMetadata } from '@/components/content/LegalPage';

export const metadata = legalPageMetadata('accessibility');

export default function AccessibilityPage() {
  return <LegalPage slug="accessibility" />;
}

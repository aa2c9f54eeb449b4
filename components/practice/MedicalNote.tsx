import { InlineText } from '@/components/content/InlineText';
import { siteText } from '@/lib/content/site-text';

/**
 * Beside anything about KAP (content/site.json): who prescribes, ketamine's FDA status, education
 * not advice, and a link to the KAP page's risks.
 */
export function MedicalNote({
  text = siteText.medicalNote,
}: {
  text?: { title: string; text: string };
}) {
  return (
    <aside
      aria-label="Medical note"
      className="rounded-card border border-line bg-sand p-5 text-sm text-ink-soft"
    >
      <p>
        <strong className="text-ink">{text.title}</strong> <InlineText text={text.text} />
      </p>
    </aside>
  );
}

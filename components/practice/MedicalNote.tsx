import { siteText } from '@/lib/content/site-text';

/** Required beside anything about KAP: who prescribes, off-label use, education not advice. */
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
        <strong className="text-ink">{text.title}</strong> {text.text}
      </p>
    </aside>
  );
}

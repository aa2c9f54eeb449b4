/** Required beside anything about KAP: who prescribes, off-label use, education not advice. */
export function MedicalNote() {
  return (
    <aside
      aria-label="Medical note"
      className="rounded-card border border-line bg-sand p-5 text-sm text-ink-soft"
    >
      <p>
        <strong className="text-ink">A note on medical care.</strong> Your therapist does not
        prescribe medication. A licensed medical provider screens you, prescribes ketamine when
        appropriate and monitors your care. Ketamine is used off-label for mental health. This page
        is education, not medical advice.
      </p>
    </aside>
  );
}

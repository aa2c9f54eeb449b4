/**
 * What she reads once her request is stored: in place of the form (with JavaScript), and on
 * /consultation/received (without). `heading` is that place's own heading; the words come from
 * content/site.json and the crisis note is rendered on the server.
 */
export function ConsultationReceived({
  heading,
  nextStep,
  note,
  otherWays,
  crisisNote,
}: {
  heading: React.ReactNode;
  nextStep: string;
  note: string;
  otherWays: string;
  crisisNote: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby="consultation-received"
      className="grid gap-5 rounded-card border border-teal/30 bg-teal-soft p-6 sm:p-8"
    >
      {heading}
      <div role="status" className="grid gap-3 text-lg">
        <p>{nextStep}</p>
        <p>{note}</p>
        {otherWays && <p>{otherWays}</p>}
      </div>
      {crisisNote}
    </section>
  );
}

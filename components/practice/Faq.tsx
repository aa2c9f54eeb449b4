export interface FaqEntry {
  question: string;
  answer: string;
}

/** Questions and answers as plain text on the page: the same entries feed the FAQPage data. */
export function Faq({ entries }: { entries: FaqEntry[] }) {
  return (
    <dl className="not-prose grid gap-3">
      {entries.map((entry) => (
        <div key={entry.question} className="rounded-card border border-line bg-white p-5">
          <dt className="font-serif text-lg font-semibold">{entry.question}</dt>
          <dd className="mt-1 max-w-measure">{entry.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

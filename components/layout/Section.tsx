import { useId } from 'react';

interface SectionProps {
  title: string;
  /** A short line above the title, e.g. "Step by step". */
  eyebrow?: string;
  intro?: React.ReactNode;
  children?: React.ReactNode;
  className?: string;
}

/** A titled part of a page: one heading level (h2), one rhythm of spacing everywhere. */
export function Section({ title, eyebrow, intro, children, className = '' }: SectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`grid gap-5 ${className}`}>
      <div className="grid gap-2">
        {eyebrow && (
          <p className="text-sm font-semibold uppercase tracking-wide text-clay">{eyebrow}</p>
        )}
        <h2 id={headingId} className="text-2xl font-semibold leading-tight sm:text-3xl">
          {title}
        </h2>
        {intro && <div className="max-w-measure text-lg text-ink-soft">{intro}</div>}
      </div>
      {children}
    </section>
  );
}

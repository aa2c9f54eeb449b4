export function PageIntro({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <header className="grid gap-3">
      <h1 className="text-3xl font-semibold leading-tight sm:text-4xl">{title}</h1>
      {children && <div className="max-w-measure text-lg text-ink-soft">{children}</div>}
    </header>
  );
}

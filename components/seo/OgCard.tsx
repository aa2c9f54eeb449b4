/** The Open Graph card layout (rendered by next/og, which understands inline styles only). */
export function OgCard({
  eyebrow,
  title,
  footer,
}: {
  eyebrow: string;
  title: string;
  footer: string;
}) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#fbf7f2',
        color: '#2d2926',
        borderBottom: '24px solid #1f5c58',
      }}
    >
      <div style={{ fontSize: 30, color: '#9a4a2a', letterSpacing: 1 }}>{eyebrow}</div>
      <div style={{ fontSize: title.length > 60 ? 58 : 68, lineHeight: 1.15, fontWeight: 700 }}>
        {title}
      </div>
      <div style={{ fontSize: 28, color: '#564e48' }}>{footer}</div>
    </div>
  );
}

export const ogSize = { width: 1200, height: 630 };

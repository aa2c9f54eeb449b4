import { Fragment } from 'react';
import { Link, Section, Text } from '@react-email/components';
import { inlineParts } from '@/lib/content/inline-markup';
import { siteText } from '@/lib/content/site-text';
import { link, small } from './EmailLayout';

type Crisis = typeof siteText.crisis;

const groupStyles = {
  emergency: { backgroundColor: '#f6e6dc', borderLeft: '4px solid #9a4a2a' },
  support: { backgroundColor: '#fbf7f2', border: '1px solid #ddd2c4' },
} as const;

/**
 * The crisis note of every page's footer, for e-mails: the crisis and emergency lines apart from the
 * support lines, each number a tel: or sms: link (the plain-text part keeps the words only).
 */
export function CrisisLinesText({ crisis = siteText.crisis }: { crisis?: Crisis }) {
  return (
    <>
      <Text style={{ ...small, fontWeight: 'bold', fontSize: '15px' }}>{crisis.heading}</Text>
      <Text style={small}>{crisis.intro}</Text>
      {(['emergency', 'support'] as const).map((kind) => (
        <Section
          key={kind}
          style={{
            ...groupStyles[kind],
            borderRadius: '8px',
            margin: '0 0 10px',
            padding: '10px 14px',
          }}
        >
          <Text style={{ ...small, fontWeight: 'bold' }}>{crisis[kind].heading}</Text>
          {crisis[kind].lines.map((line) => (
            <Text key={line.situation} style={small}>
              {line.situation}:{' '}
              {inlineParts(line.action).map((part, index) =>
                part.kind === 'link' ? (
                  <Link key={index} href={part.href} style={link}>
                    {part.text}
                  </Link>
                ) : (
                  <Fragment key={index}>{part.text}</Fragment>
                ),
              )}
              {line.note ? ` — ${line.note}` : ''}
            </Text>
          ))}
        </Section>
      ))}
    </>
  );
}

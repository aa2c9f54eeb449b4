import { Text } from '@react-email/components';
import { siteText } from '@/lib/content/site-text';
import { small } from './EmailLayout';

/** The crisis note, as it appears on every page's footer, for e-mails. */
export function CrisisLinesText() {
  const { heading, intro, lines } = siteText.crisis;
  return (
    <>
      <Text style={{ ...small, fontWeight: 'bold' }}>{heading}</Text>
      <Text style={small}>{intro}</Text>
      {lines.map((line) => (
        <Text key={line.href} style={small}>
          {line.situation}: {line.action}.
        </Text>
      ))}
    </>
  );
}

import { Text } from '@react-email/components';
import { crisisIntro, crisisLines } from '@/lib/crisis';
import { small } from './EmailLayout';

/** The crisis note, as it appears on every page's footer, for e-mails. */
export function CrisisLinesText() {
  return (
    <>
      <Text style={{ ...small, fontWeight: 'bold' }}>In a crisis? Please reach out now.</Text>
      <Text style={small}>{crisisIntro}</Text>
      {crisisLines.map((line) => (
        <Text key={line.href} style={small}>
          {line.situation}: {line.action}.
        </Text>
      ))}
    </>
  );
}

import { Heading, Text } from '@react-email/components';
import { CrisisLinesText } from './CrisisLinesText';
import { EmailLayout, heading, paragraph } from './EmailLayout';
import { fill, siteText } from '@/lib/content/site-text';

/** To the mother who asked: her request arrived, what happens next, and where to turn in a crisis. */
export function ConsultationConfirmation({
  practiceName,
  name,
  nextStep,
  otherWays,
}: {
  practiceName: string;
  name: string;
  nextStep: string;
  otherWays: string;
}) {
  return (
    <EmailLayout
      preview="Your consultation request arrived"
      practiceName={practiceName}
      footer={<CrisisLinesText />}
    >
      <Heading as="h1" style={heading}>
        {fill(siteText.emails.confirmationHeading, { Name: name })}
      </Heading>
      <Text style={paragraph}>{nextStep}</Text>
      {otherWays && <Text style={paragraph}>{otherWays}</Text>}
      <Text style={paragraph}>{fill(siteText.emails.confirmationClosing)}</Text>
    </EmailLayout>
  );
}

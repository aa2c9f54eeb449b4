import { Heading, Section, Text } from '@react-email/components';
import { CrisisLinesText } from './CrisisLinesText';
import { EmailLayout, heading, paragraph, PrimaryButton } from './EmailLayout';
import { fill, siteText } from '@/lib/content/site-text';

/** What happened to her booking; each says it in her e-mail. */
export type BookingChange = 'booked' | 'moved' | 'cancelled' | 'reminder';

/**
 * To the mother who booked: her consultation's time written out (the calendar invitation is
 * attached), the link to cancel or move it, and where to turn in a crisis.
 */
export function BookingEmail({
  change,
  practiceName,
  name,
  time,
  manageUrl,
  otherWays,
}: {
  change: BookingChange;
  practiceName: string;
  name: string;
  /** "Tuesday, December 1, 2026, 9:00–9:30 AM Pacific Time (PST)" */
  time: string;
  /** Her signed link to cancel or choose another time (not after a cancellation). */
  manageUrl?: string;
  otherWays: string;
}) {
  const text = siteText.emails;
  const values = { Name: name, Time: time };
  const title = {
    booked: text.bookingHeading,
    moved: text.movedHeading,
    cancelled: text.cancelledHeading,
    reminder: text.reminderHeading,
  }[change];
  return (
    <EmailLayout
      preview={fill(title, values)}
      practiceName={practiceName}
      footer={<CrisisLinesText />}
    >
      <Heading as="h1" style={heading}>
        {fill(title, values)}
      </Heading>
      {change === 'cancelled' ? (
        <>
          <Text style={paragraph}>{fill(text.cancelledText, values)}</Text>
          <Text style={paragraph}>{fill(text.cancelledBookAgain)}</Text>
        </>
      ) : (
        <Text style={paragraph}>
          {fill(change === 'reminder' ? text.reminderText : text.bookingWhen, values)}
        </Text>
      )}
      {manageUrl && change !== 'cancelled' && (
        <Section style={{ margin: '8px 0 18px' }}>
          <Text style={paragraph}>{fill(text.bookingManage)}</Text>
          <PrimaryButton href={manageUrl}>{fill(text.bookingManageButton)}</PrimaryButton>
        </Section>
      )}
      {otherWays && <Text style={paragraph}>{otherWays}</Text>}
    </EmailLayout>
  );
}

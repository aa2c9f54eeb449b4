import { Heading, Section, Text } from '@react-email/components';
import { EmailLayout, heading, paragraph, small } from './EmailLayout';

export interface NotificationRow {
  label: string;
  value: string;
}

/** Her details, one "Label: value" line each. */
export function NotificationRows({ rows }: { rows: NotificationRow[] }) {
  return (
    <Section>
      {rows.map((row) => (
        <Text key={row.label} style={paragraph}>
          <strong>{row.label}:</strong> {row.value || '—'}
        </Text>
      ))}
    </Section>
  );
}

/** Her message as she wrote it (escaped by React), or that there is none. */
export function NotificationMessage({ message }: { message: string }) {
  return (
    <>
      <Text style={{ ...paragraph, fontWeight: 'bold', marginBottom: '4px' }}>Message</Text>
      <Text style={{ ...paragraph, whiteSpace: 'pre-wrap' }}>{message || '(no message)'}</Text>
    </>
  );
}

/** To the practice: everything needed to reply to a consultation request. User input is escaped by React. */
export function ConsultationNotification({
  practiceName,
  name,
  outsideCalifornia,
  rows,
  message,
  receivedAt,
}: {
  practiceName: string;
  name: string;
  outsideCalifornia: boolean;
  rows: NotificationRow[];
  message: string;
  receivedAt: string;
}) {
  return (
    <EmailLayout preview={`New consultation request from ${name}`} practiceName={practiceName}>
      <Heading as="h1" style={heading}>
        New consultation request
      </Heading>
      {outsideCalifornia && (
        <Text
          style={{
            ...paragraph,
            backgroundColor: '#f6e6dc',
            borderRadius: '8px',
            fontWeight: 'bold',
            padding: '10px 12px',
          }}
        >
          Outside California: she says she is not located in California, so a referral may be the
          kind answer.
        </Text>
      )}
      <NotificationRows rows={rows} />
      <NotificationMessage message={message} />
      <Text style={small}>Received {receivedAt}. Reply to this e-mail to answer her directly.</Text>
    </EmailLayout>
  );
}

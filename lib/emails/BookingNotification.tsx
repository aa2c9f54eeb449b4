import { Heading, Text } from '@react-email/components';
import type { BookingChange } from './BookingEmail';
import {
  NotificationMessage,
  NotificationRows,
  type NotificationRow,
} from './ConsultationNotification';
import { EmailLayout, heading, paragraph, small } from './EmailLayout';

const headings: Record<Exclude<BookingChange, 'reminder'>, string> = {
  booked: 'New consultation booked',
  moved: 'Consultation moved to a new time',
  cancelled: 'Consultation cancelled',
};

/**
 * To the practice: a consultation booked, moved or cancelled, its time written out (the calendar
 * invitation is attached), and who booked it. User input is escaped by React.
 */
export function BookingNotification({
  change,
  practiceName,
  name,
  time,
  rows,
  message,
}: {
  change: Exclude<BookingChange, 'reminder'>;
  practiceName: string;
  name: string;
  time: string;
  rows: NotificationRow[];
  /** Her message, with a new booking. */
  message?: string;
}) {
  return (
    <EmailLayout preview={`${headings[change]}: ${name}, ${time}`} practiceName={practiceName}>
      <Heading as="h1" style={heading}>
        {headings[change]}
      </Heading>
      <Text style={{ ...paragraph, fontWeight: 'bold' }}>
        {change === 'cancelled' ? 'Was: ' : 'When: '}
        {time}
      </Text>
      <NotificationRows rows={rows} />
      {message !== undefined && <NotificationMessage message={message} />}
      <Text style={small}>
        {change === 'cancelled'
          ? 'The attached cancellation takes it out of your calendar; the time is open again on the website.'
          : 'The attached invitation puts it in your calendar. Reply to this e-mail to write to her directly.'}
      </Text>
    </EmailLayout>
  );
}

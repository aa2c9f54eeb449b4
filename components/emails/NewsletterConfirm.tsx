import { Button, Heading, Link, Text } from '@react-email/components';
import { EmailLayout, heading, link, paragraph, small } from './EmailLayout';

/** Double opt-in: the link that confirms a newsletter sign-up. */
export function NewsletterConfirm({
  practiceName,
  confirmUrl,
  expiresIn,
  unsubscribeUrl,
  postalAddress,
}: {
  practiceName: string;
  confirmUrl: string;
  expiresIn: string;
  unsubscribeUrl: string;
  postalAddress: string;
}) {
  return (
    <EmailLayout
      preview="Confirm your newsletter sign-up"
      practiceName={practiceName}
      footer={
        <>
          <Text style={small}>
            Did not sign up? Ignore this e-mail and nothing will be sent to you.{' '}
            <Link href={unsubscribeUrl} style={link}>
              Unsubscribe
            </Link>
          </Text>
          {postalAddress && <Text style={small}>{postalAddress}</Text>}
        </>
      }
    >
      <Heading as="h1" style={heading}>
        Please confirm your sign-up
      </Heading>
      <Text style={paragraph}>
        Someone, hopefully you, asked to receive new articles from {practiceName} by e-mail.
      </Text>
      <Button
        href={confirmUrl}
        style={{
          backgroundColor: '#1f5c58',
          borderRadius: '999px',
          color: '#ffffff',
          fontWeight: 'bold',
          padding: '12px 20px',
        }}
      >
        Confirm my sign-up
      </Button>
      <Text style={{ ...small, marginTop: '16px' }}>
        Or open this link:{' '}
        <Link href={confirmUrl} style={link}>
          {confirmUrl}
        </Link>
        . It works for {expiresIn}.
      </Text>
    </EmailLayout>
  );
}

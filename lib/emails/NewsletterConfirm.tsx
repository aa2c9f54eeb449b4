import { Heading, Link, Text } from '@react-email/components';
import {
  EmailLayout,
  heading,
  link,
  NewsletterFooter,
  paragraph,
  PrimaryButton,
  small,
} from './EmailLayout';

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
        <NewsletterFooter
          reason="Did not sign up? Ignore this e-mail and nothing will be sent to you."
          unsubscribeUrl={unsubscribeUrl}
          postalAddress={postalAddress}
        />
      }
    >
      <Heading as="h1" style={heading}>
        Please confirm your sign-up
      </Heading>
      <Text style={paragraph}>
        Someone, hopefully you, asked to receive new articles from {practiceName} by e-mail.
      </Text>
      <PrimaryButton href={confirmUrl}>Confirm my sign-up</PrimaryButton>
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

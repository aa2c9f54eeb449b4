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
import { fill, siteText } from '@/lib/content/site-text';

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
          reason={fill(siteText.emails.newsletterIgnore)}
          unsubscribeUrl={unsubscribeUrl}
          postalAddress={postalAddress}
        />
      }
    >
      <Heading as="h1" style={heading}>
        {fill(siteText.emails.newsletterHeading)}
      </Heading>
      <Text style={paragraph}>
        {fill(siteText.emails.newsletterText, { PracticeName: practiceName })}
      </Text>
      <PrimaryButton href={confirmUrl}>{fill(siteText.emails.newsletterButton)}</PrimaryButton>
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

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

/** A new post, sent as a Resend broadcast to newsletter subscribers. */
export function PostAnnouncement({
  practiceName,
  title,
  summary,
  url,
  unsubscribeUrl,
  postalAddress,
}: {
  practiceName: string;
  title: string;
  summary: string;
  url: string;
  unsubscribeUrl: string;
  postalAddress: string;
}) {
  return (
    <EmailLayout
      preview={summary}
      practiceName={practiceName}
      footer={
        <NewsletterFooter
          reason={fill(siteText.emails.announcementReason)}
          unsubscribeUrl={unsubscribeUrl}
          postalAddress={postalAddress}
        />
      }
    >
      <Heading as="h1" style={heading}>
        {title}
      </Heading>
      <Text style={paragraph}>{summary}</Text>
      <PrimaryButton href={url}>{fill(siteText.emails.announcementButton)}</PrimaryButton>
      <Text style={{ ...small, marginTop: '16px' }}>
        <Link href={url} style={link}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

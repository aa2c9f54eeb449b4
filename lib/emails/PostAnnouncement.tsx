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
          reason="You receive this because you signed up for new articles."
          unsubscribeUrl={unsubscribeUrl}
          postalAddress={postalAddress}
        />
      }
    >
      <Heading as="h1" style={heading}>
        {title}
      </Heading>
      <Text style={paragraph}>{summary}</Text>
      <PrimaryButton href={url}>Read the article</PrimaryButton>
      <Text style={{ ...small, marginTop: '16px' }}>
        <Link href={url} style={link}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

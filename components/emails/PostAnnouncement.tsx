import { Button, Heading, Link, Text } from '@react-email/components';
import { EmailLayout, heading, link, paragraph, small } from './EmailLayout';

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
        <>
          <Text style={small}>
            You receive this because you signed up for new articles.{' '}
            <Link href={unsubscribeUrl} style={link}>
              Unsubscribe
            </Link>
          </Text>
          {postalAddress && <Text style={small}>{postalAddress}</Text>}
        </>
      }
    >
      <Heading as="h1" style={heading}>
        {title}
      </Heading>
      <Text style={paragraph}>{summary}</Text>
      <Button
        href={url}
        style={{
          backgroundColor: '#1f5c58',
          borderRadius: '999px',
          color: '#ffffff',
          fontWeight: 'bold',
          padding: '12px 20px',
        }}
      >
        Read the article
      </Button>
      <Text style={{ ...small, marginTop: '16px' }}>
        <Link href={url} style={link}>
          {url}
        </Link>
      </Text>
    </EmailLayout>
  );
}

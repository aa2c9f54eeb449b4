import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';

const body = {
  backgroundColor: '#fbf7f2',
  color: '#2d2926',
  fontFamily: 'Georgia, "Times New Roman", serif',
  margin: 0,
  padding: '24px 0',
};
const container = {
  backgroundColor: '#ffffff',
  border: '1px solid #ddd2c4',
  borderRadius: '12px',
  margin: '0 auto',
  maxWidth: '560px',
  padding: '28px',
};
export const paragraph = { fontSize: '16px', lineHeight: '1.6', margin: '0 0 14px' };
export const small = { color: '#564e48', fontSize: '13px', lineHeight: '1.5', margin: '0 0 8px' };
export const heading = { fontSize: '22px', lineHeight: '1.3', margin: '0 0 16px' };
export const link = { color: '#1f5c58' };
const button = {
  backgroundColor: '#1f5c58',
  borderRadius: '999px',
  color: '#ffffff',
  fontWeight: 'bold',
  padding: '12px 20px',
};

/** The e-mail's one call to action. */
export function PrimaryButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Button href={href} style={button}>
      {children}
    </Button>
  );
}

/** The footer of every newsletter e-mail: why it came, how to stop it, the postal address (CAN-SPAM). */
export function NewsletterFooter({
  reason,
  unsubscribeUrl,
  postalAddress,
}: {
  reason: string;
  unsubscribeUrl: string;
  postalAddress: string;
}) {
  return (
    <>
      <Text style={small}>
        {reason}{' '}
        <Link href={unsubscribeUrl} style={link}>
          Unsubscribe
        </Link>
      </Text>
      {postalAddress && <Text style={small}>{postalAddress}</Text>}
    </>
  );
}

/** The frame shared by every e-mail: a calm card, the practice's name, an optional footer. */
export function EmailLayout({
  preview,
  practiceName,
  children,
  footer,
}: {
  preview: string;
  practiceName: string;
  children: React.ReactNode;
  footer?: React.ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Text style={{ ...small, fontWeight: 'bold', letterSpacing: '0.02em' }}>
            {practiceName}
          </Text>
          {children}
          {footer && (
            <Section>
              <Hr style={{ borderColor: '#ddd2c4', margin: '20px 0' }} />
              {footer}
            </Section>
          )}
        </Container>
      </Body>
    </Html>
  );
}

import { render, toPlainText } from '@react-email/render';
import type { ComponentProps } from 'react';
import type { EmailPayload, EmailToRender } from '@/lib/db/schema';
import { BookingEmail } from '@/lib/emails/BookingEmail';
import { BookingNotification } from '@/lib/emails/BookingNotification';
import { ConsultationConfirmation } from '@/lib/emails/ConsultationConfirmation';
import { ConsultationNotification } from '@/lib/emails/ConsultationNotification';
import { NewsletterConfirm } from '@/lib/emails/NewsletterConfirm';

/**
 * The e-mails the outbox renders itself, by name. A request stores the template's name and props
 * with its outbox row (cheap, inside its transaction); the delivery renders the HTML and text parts
 * after the response, once, and stores them before the first attempt (lib/mail/outbox.ts).
 * Props are plain JSON: they are stored as they are.
 */
const templates = {
  'consultation-notification': ConsultationNotification,
  'consultation-confirmation': ConsultationConfirmation,
  'newsletter-confirm': NewsletterConfirm,
  'booking-mother': BookingEmail,
  'booking-practice': BookingNotification,
};

export type TemplateName = keyof typeof templates;

/** An e-mail's envelope and subject with the template it is to be rendered from. */
export function emailToRender<N extends TemplateName>(
  envelope: Omit<EmailPayload, 'html' | 'text'>,
  name: N,
  props: ComponentProps<(typeof templates)[N]>,
): EmailToRender {
  return { ...envelope, template: { name, props } };
}

/** In the plain-text part, a tel: or sms: link is its words ("call 988"), not also its address. */
const phoneLinksAsWords = ['tel:', 'sms:'].map((scheme) => ({
  selector: `a[href^="${scheme}"]`,
  format: 'inline',
}));

/** The e-mail as Resend takes it: HTML from the template, and its plain-text part. */
export async function renderEmail({ template, ...envelope }: EmailToRender): Promise<EmailPayload> {
  if (!Object.hasOwn(templates, template.name)) {
    throw new Error(`no e-mail template named "${template.name}"`);
  }
  const Template = templates[template.name as TemplateName] as React.ComponentType<object>;
  const html = await render(<Template {...template.props} />);
  return { ...envelope, html, text: toPlainText(html, { selectors: phoneLinksAsWords }) };
}

import 'server-only';
import { render, toPlainText } from '@react-email/render';
import { ConsultationConfirmation } from '@/lib/emails/ConsultationConfirmation';
import { ConsultationNotification } from '@/lib/emails/ConsultationNotification';
import { NewsletterConfirm } from '@/lib/emails/NewsletterConfirm';
import { nextStepText, otherWaysText } from '@/lib/forms/consultation-copy';
import {
  californiaAnswers,
  contactMethods,
  interests,
  sessionFormats,
  type ConsultationInput,
} from '@/lib/forms/consultation-schema';
import { fill, siteText } from '@/lib/content/site-text';
import { practice } from '@/lib/practice';
import { mailConfig } from './config';
import type { EmailPayload, OutboxItem } from './outbox';

/** In the plain-text part, a tel: or sms: link is its words ("call 988"), not also its address. */
const phoneLinksAsWords = ['tel:', 'sms:'].map((scheme) => ({
  selector: `a[href^="${scheme}"]`,
  format: 'inline',
}));

/** Rendered once, when the request is stored, so every retry sends exactly the same message. */
async function renderBoth(element: React.ReactElement) {
  const html = await render(element);
  return { html, text: toPlainText(html, { selectors: phoneLinksAsWords }) };
}

export async function consultationMessages(
  lead: ConsultationInput,
  receivedAt: Date,
): Promise<OutboxItem[]> {
  const { from, practiceInbox } = mailConfig();
  const outsideCalifornia = lead.inCalifornia === 'no';
  const rows = [
    { label: 'Name', value: lead.name },
    { label: 'E-mail', value: lead.email },
    { label: 'Phone', value: lead.phone },
    { label: 'Preferred contact', value: contactMethods[lead.contactMethod] },
    { label: 'Best time', value: lead.bestTime },
    { label: 'Interested in', value: interests[lead.interest] },
    { label: 'Format', value: sessionFormats[lead.sessionFormat] },
    { label: 'Located in California', value: californiaAnswers[lead.inCalifornia] },
    { label: 'Consent to be contacted', value: 'Yes' },
  ];
  const notification: EmailPayload = {
    from,
    to: [practiceInbox],
    replyTo: lead.email,
    // The subject stays free of anything she wrote about herself beyond her name.
    subject: `${outsideCalifornia ? '[Outside California] ' : ''}New consultation request from ${lead.name}`,
    ...(await renderBoth(
      <ConsultationNotification
        practiceName={practice.practiceName}
        name={lead.name}
        outsideCalifornia={outsideCalifornia}
        rows={rows}
        message={lead.message}
        receivedAt={receivedAt.toUTCString()}
      />,
    )),
  };
  const confirmation: EmailPayload = {
    from,
    to: [lead.email],
    replyTo: practice.contact.email || undefined,
    subject: fill(siteText.emails.confirmationSubject),
    ...(await renderBoth(
      <ConsultationConfirmation
        practiceName={practice.practiceName}
        name={lead.name}
        nextStep={nextStepText(practice)}
        otherWays={otherWaysText(practice)}
      />,
    )),
  };
  return [
    { operation: 'email', purpose: 'consultation-notification', payload: notification },
    { operation: 'email', purpose: 'consultation-confirmation', payload: confirmation },
  ];
}

export async function newsletterConfirmMessage(
  email: string,
  links: { confirmUrl: string; unsubscribeUrl: string; oneClickUrl: string; expiresIn: string },
): Promise<OutboxItem> {
  const { from } = mailConfig();
  return {
    operation: 'email',
    purpose: 'newsletter-confirm',
    payload: {
      from,
      to: [email],
      subject: fill(siteText.emails.newsletterSubject),
      headers: {
        'List-Unsubscribe': `<${links.oneClickUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      ...(await renderBoth(
        <NewsletterConfirm
          practiceName={practice.practiceName}
          confirmUrl={links.confirmUrl}
          expiresIn={links.expiresIn}
          unsubscribeUrl={links.unsubscribeUrl}
          postalAddress={practice.postalAddress}
        />,
      )),
    },
  };
}

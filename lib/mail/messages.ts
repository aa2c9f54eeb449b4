import 'server-only';
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
import type { OutboxItem } from './outbox';
import { emailToRender } from './templates';

/**
 * What she asked, as the practice's e-mails list it. A booking leaves out the best time to reach
 * her: the time she booked says it.
 */
export function requestRows(lead: ConsultationInput, { bestTime = true } = {}) {
  return [
    { label: 'Name', value: lead.name },
    { label: 'E-mail', value: lead.email },
    { label: 'Phone', value: lead.phone },
    { label: 'Preferred contact', value: contactMethods[lead.contactMethod] },
    ...(bestTime ? [{ label: 'Best time', value: lead.bestTime }] : []),
    { label: 'Interested in', value: interests[lead.interest] },
    { label: 'Format', value: sessionFormats[lead.sessionFormat] },
    { label: 'Located in California', value: californiaAnswers[lead.inCalifornia] },
    { label: 'Consent to be contacted', value: 'Yes' },
  ];
}

/**
 * The e-mails of a request, as the outbox stores them: who gets what, decided now; the body is
 * rendered from the named template after the response, once, before the first attempt.
 */
export function consultationMessages(lead: ConsultationInput, receivedAt: Date): OutboxItem[] {
  const { from, practiceInbox } = mailConfig();
  const outsideCalifornia = lead.inCalifornia === 'no';
  const rows = requestRows(lead);
  const notification = emailToRender(
    {
      from,
      to: [practiceInbox],
      replyTo: lead.email,
      // The subject stays free of anything she wrote about herself beyond her name.
      subject: `${outsideCalifornia ? '[Outside California] ' : ''}New consultation request from ${lead.name}`,
    },
    'consultation-notification',
    {
      practiceName: practice.practiceName,
      name: lead.name,
      outsideCalifornia,
      rows,
      message: lead.message,
      receivedAt: receivedAt.toUTCString(),
    },
  );
  const confirmation = emailToRender(
    {
      from,
      to: [lead.email],
      replyTo: practice.contact.email || undefined,
      subject: fill(siteText.emails.confirmationSubject),
    },
    'consultation-confirmation',
    {
      practiceName: practice.practiceName,
      name: lead.name,
      nextStep: nextStepText(practice),
      otherWays: otherWaysText(practice),
    },
  );
  return [
    { operation: 'email', purpose: 'consultation-notification', payload: notification },
    { operation: 'email', purpose: 'consultation-confirmation', payload: confirmation },
  ];
}

export function newsletterConfirmMessage(
  email: string,
  links: { confirmUrl: string; unsubscribeUrl: string; oneClickUrl: string; expiresIn: string },
): OutboxItem {
  const { from } = mailConfig();
  return {
    operation: 'email',
    purpose: 'newsletter-confirm',
    payload: emailToRender(
      {
        from,
        to: [email],
        subject: fill(siteText.emails.newsletterSubject),
        headers: {
          'List-Unsubscribe': `<${links.oneClickUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      },
      'newsletter-confirm',
      {
        practiceName: practice.practiceName,
        confirmUrl: links.confirmUrl,
        expiresIn: links.expiresIn,
        unsubscribeUrl: links.unsubscribeUrl,
        postalAddress: practice.postalAddress,
      },
    ),
  };
}

'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { asFormData } from '@/lib/forms/form-data';
import { newsletterSchema, type NewsletterState } from '@/lib/forms/newsletter-schema';
import { newsletterConfirmMessage } from '@/lib/mail/messages';
import { deliverSoon } from '@/lib/mail/delivery-queue';
import { clientKey } from '@/lib/rate-limit';
import { CONFIRM_LINK_HOURS } from '@/lib/signed-links';
import { confirmSubscription, requestSubscription, unsubscribe } from './subscribers';

/** Newsletter sign-up, step one: store it and send the confirmation link (double opt-in). */
export async function subscribeToNewsletter(
  _previous: NewsletterState,
  data: FormData,
): Promise<NewsletterState> {
  const formData = asFormData(data);
  const raw = formData.get('email');
  const email = typeof raw === 'string' ? raw : '';
  const honeypot = formData.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '')
    return { status: 'sent', email: email.slice(0, 254) };

  const parsed = newsletterSchema.safeParse({ email: raw ?? undefined });
  if (!parsed.success)
    return {
      status: 'invalid',
      error: parsed.error.issues[0]?.message ?? 'Check your e-mail address.',
      email,
    };
  try {
    const result = await requestSubscription(
      parsed.data.email,
      clientKey(await headers()),
      (links) =>
        newsletterConfirmMessage(parsed.data.email, {
          ...links,
          expiresIn: `${CONFIRM_LINK_HOURS} hours`,
        }),
    );
    if (result.status === 'rate-limited') {
      return {
        status: 'error',
        message:
          'Several sign-ups came from you in the last few minutes, so this one was not sent. Please try again in about 10 minutes.',
        email,
      };
    }
    if (result.status === 'sent') after(deliverSoon);
    // The same answer whether or not the address is already subscribed: the form never reveals who is.
    return { status: 'sent', email: parsed.data.email };
  } catch (error) {
    console.error('[newsletter] could not store a sign-up:', error);
    return {
      status: 'error',
      message: 'Your sign-up could not be saved just now. Please try again in a minute.',
      email,
    };
  }
}

/** Step two: the button on the confirm page (a POST, so mail scanners that open links confirm nothing). */
export async function confirmNewsletter(data: FormData): Promise<void> {
  const token = String(asFormData(data).get('token') ?? '');
  const result = await confirmSubscription(token);
  if (result.status === 'confirmed') {
    after(deliverSoon);
    redirect('/newsletter/subscribed');
  }
  if (result.status === 'already-confirmed') redirect('/newsletter/subscribed');
  redirect(`/newsletter/confirm?token=${encodeURIComponent(token)}`);
}

export async function unsubscribeFromNewsletter(data: FormData): Promise<void> {
  const token = String(asFormData(data).get('token') ?? '');
  const result = await unsubscribe(token);
  if (result.status === 'forged')
    redirect(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`);
  if (result.subscriberId) after(deliverSoon);
  redirect('/newsletter/unsubscribed');
}

'use server';

import { after } from 'next/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  consultationFields,
  consultationSchema,
  firstErrors,
  type ConsultationField,
  type ConsultationValues,
} from './consultation-schema';
import type { ConsultationState } from './consultation-state';
import { saveLead } from '@/lib/leads/store';
import { consultationMessages } from '@/lib/mail/messages';
import { deliverSoon } from '@/lib/mail/delivery-queue';
import { clientKey } from '@/lib/rate-limit';
import { otherWaysText } from './consultation-copy';
import { asFormData, sentWithJavaScript } from './form-data';
import { practice } from '@/lib/practice';

const TOKEN = /^[A-Za-z0-9-]{8,64}$/;

function readValues(formData: FormData): ConsultationValues {
  const values: ConsultationValues = {};
  for (const field of consultationFields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field as ConsultationField] = value;
  }
  return values;
}

function tryAgainLater(): string {
  const other = otherWaysText(practice);
  return other ? ` If it keeps happening: ${other[0]?.toLowerCase()}${other.slice(1)}` : '';
}

/** Where a browser without JavaScript is sent once her request is stored (app/consultation/received). */
const receivedPath = '/consultation/received';

/**
 * The free consultation request. Stores the request (with its two e-mails in the outbox) before
 * anything is sent, answers as soon as it is stored, and renders and sends the mail after the
 * response. With JavaScript the form shows the answer in place. Without, a stored request is
 * answered with a redirect to the prerendered confirmation (Post/Redirect/Get): nothing is
 * rendered for it, and reloading the confirmation never sends the form again.
 */
export async function submitConsultation(
  _previous: ConsultationState,
  data: FormData,
): Promise<ConsultationState> {
  const requestHeaders = await headers();
  const state = await receiveConsultation(asFormData(data), requestHeaders);
  if (state.status === 'received' && !sentWithJavaScript(requestHeaders)) redirect(receivedPath);
  return state;
}

async function receiveConsultation(
  formData: FormData,
  requestHeaders: Headers,
): Promise<ConsultationState> {
  const values = readValues(formData);
  // A filled honeypot is a bot: it sees the usual success and nothing is stored or sent.
  const honeypot = formData.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return { status: 'received', name: (values.name ?? '').slice(0, 100) };
  }

  const parsed = consultationSchema.safeParse(values);
  if (!parsed.success) {
    return { status: 'invalid', fieldErrors: firstErrors<ConsultationField>(parsed.error), values };
  }

  const token = formData.get('submissionId');
  const clientToken = typeof token === 'string' && TOKEN.test(token) ? token : undefined;
  try {
    const receivedAt = new Date();
    const messages = consultationMessages(parsed.data, receivedAt);
    const result = await saveLead(parsed.data, messages, {
      clientToken,
      client: clientKey(requestHeaders),
      now: receivedAt,
    });
    if (result.status === 'rate-limited') {
      return {
        status: 'error',
        message: `This request was not sent: several requests came from you in the last few minutes, so the form is paused for about 10 minutes. Your entries are still here; please send it again later.${tryAgainLater()}`,
        values,
      };
    }
    if (result.status === 'stored') after(deliverSoon);
    return { status: 'received', name: parsed.data.name };
  } catch (error) {
    console.error('[consultation] could not store a request:', error);
    return {
      status: 'error',
      message: `Your request could not be saved just now, so nothing was sent. Your entries are still here; please try again in a minute.${tryAgainLater()}`,
      values,
    };
  }
}

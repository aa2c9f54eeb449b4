'use server';

import { randomUUID } from 'node:crypto';
import { after } from 'next/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  consultationFields,
  consultationSchema,
  firstErrors,
  type ConsultationField,
  type ConsultationInput,
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
import { bookingMessages, manageUrl } from '@/lib/booking/messages';
import { bookingSettings, checkSlot, offeredSlots } from '@/lib/booking/offer';
import { formatSlot } from '@/lib/booking/format';
import { linkSecret } from '@/lib/signed-links';
import { database } from '@/lib/db';
import { findBooking } from '@/lib/db/bookings';
import { fill, siteText } from '@/lib/content/site-text';

const TOKEN = /^[A-Za-z0-9-]{8,64}$/;

function readValues(formData: FormData): ConsultationValues {
  const values: ConsultationValues = {};
  for (const field of consultationFields) {
    const value = formData.get(field);
    if (typeof value === 'string') values[field as ConsultationField] = value;
  }
  return values;
}

/** The form's one-per-visit token (a double click or a retry stores one request), when well-formed. */
function submissionToken(formData: FormData): string | undefined {
  const token = formData.get('submissionId');
  return typeof token === 'string' && TOKEN.test(token) ? token : undefined;
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
 * rendered for it, and reloading the confirmation never sends the form again. With a time chosen
 * (booking on), the request is a booking (`book` below); without JavaScript a booked one is sent
 * to her booking's own page, which shows the time.
 */
export async function submitConsultation(
  _previous: ConsultationState,
  data: FormData,
): Promise<ConsultationState> {
  const requestHeaders = await headers();
  const state = await receiveConsultation(asFormData(data), requestHeaders);
  if (!sentWithJavaScript(requestHeaders)) {
    if (state.status === 'received') redirect(receivedPath);
    // Her booking's own page: it shows the time, and is where she cancels or moves it.
    if (state.status === 'booked') {
      const page = new URL(state.manageUrl);
      redirect(`${page.pathname}${page.search}&done=booked`);
    }
  }
  if (state.status === 'booked') return { status: 'booked', name: state.name, time: state.time };
  return state;
}

/** The slot field: an instant offered by the form, 'none', or nothing. */
function chosenSlot(formData: FormData): string | undefined {
  const slot = formData.get('slot');
  if (typeof slot !== 'string' || slot === '' || slot.length > 40) return undefined;
  return slot === 'none' || !Number.isNaN(Date.parse(slot)) ? slot : undefined;
}

type Received =
  | Exclude<ConsultationState, { status: 'booked' }>
  | { status: 'booked'; name: string; time: string; manageUrl: string };

async function receiveConsultation(formData: FormData, requestHeaders: Headers): Promise<Received> {
  const values = readValues(formData);
  const slot = bookingSettings() ? chosenSlot(formData) : undefined;
  // A filled honeypot is a bot: it sees the usual success and nothing is stored or sent.
  const honeypot = formData.get('website');
  if (typeof honeypot === 'string' && honeypot.trim() !== '') {
    return { status: 'received', name: (values.name ?? '').slice(0, 100) };
  }

  const parsed = consultationSchema.safeParse(values);
  if (!parsed.success) {
    return {
      status: 'invalid',
      fieldErrors: firstErrors<ConsultationField>(parsed.error),
      values,
      slot,
    };
  }
  if (slot && slot !== 'none') return book(parsed.data, values, slot, formData, requestHeaders);

  try {
    const receivedAt = new Date();
    const messages = consultationMessages(parsed.data, receivedAt);
    const result = await saveLead(parsed.data, messages, {
      clientToken: submissionToken(formData),
      client: clientKey(requestHeaders),
      now: receivedAt,
    });
    if (result.status === 'rate-limited') {
      return {
        status: 'error',
        message: rateLimitedMessage(),
        values,
        slot,
      };
    }
    if (result.status === 'stored') after(deliverSoon);
    return { status: 'received', name: parsed.data.name };
  } catch (error) {
    console.error('[consultation] could not store a request:', error);
    return {
      status: 'error',
      message: notSavedMessage(),
      values,
      slot,
    };
  }
}

const rateLimitedMessage = () =>
  `This request was not sent: several requests came from you in the last few minutes, so the form is paused for about 10 minutes. Your entries are still here; please send it again later.${tryAgainLater()}`;
const notSavedMessage = () =>
  `Your request could not be saved just now, so nothing was sent. Your entries are still here; please try again in a minute.${tryAgainLater()}`;

/**
 * A request with a time: the slot is checked again (calendars and bookings), then stored with
 * the request and its e-mails in one transaction under the one-booking-per-slot rule. A slot
 * taken in the meantime stores nothing: she keeps her entries and sees fresh times.
 */
async function book(
  lead: ConsultationInput,
  values: ConsultationValues,
  start: string,
  formData: FormData,
  requestHeaders: Headers,
): Promise<Received> {
  const booking = bookingSettings()!;
  const takenState = async (): Promise<Received> => ({
    status: 'slot-taken',
    values,
    slots: await offeredSlots(),
  });
  try {
    const now = new Date();
    const check = await checkSlot(start, { now });
    if (check.status === 'unavailable')
      return {
        status: 'error',
        message: fill(siteText.booking.slotsUnavailable),
        values,
        slot: 'none',
      };
    if (check.status === 'taken') return await takenState();
    const { slot } = check;
    const id = randomUUID();
    const secret = await linkSecret();
    const facts = {
      id,
      sequence: 0,
      slot,
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      sessionFormat: lead.sessionFormat,
    };
    const messages = bookingMessages('booked', facts, {
      now,
      secret,
      lead,
      timeZone: booking.timeZone,
    });
    const result = await saveLead(lead, messages, {
      clientToken: submissionToken(formData),
      client: clientKey(requestHeaders),
      now,
      booking: { id, slot },
    });
    if (result.status === 'taken') return await takenState();
    if (result.status === 'rate-limited')
      return { status: 'error', message: rateLimitedMessage(), values, slot: start };
    let booked: { id: string; slot: { start: string; end: string } } = { id, slot };
    if (result.status === 'stored') after(deliverSoon);
    else {
      // Sent twice (a double click, a retry): the answer is the booking stored the first time.
      const stored = result.bookingId && (await findBooking(await database(), result.bookingId));
      if (!stored) return { status: 'received', name: lead.name };
      booked = { id: stored.id, slot: { start: stored.start_at, end: stored.end_at } };
    }
    return {
      status: 'booked',
      name: lead.name,
      time: formatSlot(booked.slot, booking.timeZone),
      manageUrl: manageUrl(booked.id, booked.slot.start, secret),
    };
  } catch (error) {
    console.error('[consultation] could not store a booking:', error);
    return { status: 'error', message: notSavedMessage(), values, slot: start };
  }
}

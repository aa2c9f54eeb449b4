'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import type { SlotChoice } from '@/lib/booking/slot-choice';
import { submitConsultation } from '@/lib/forms/consultation-action';
import {
  californiaAnswers,
  consultationFields,
  contactMethods,
  interests,
  sessionFormats,
  type ConsultationRules,
} from '@/lib/forms/consultation-options';
import type { ConsultationField } from '@/lib/forms/consultation-schema';
import { initialConsultationState, type ConsultationState } from '@/lib/forms/consultation-state';
import {
  ChoiceGroup,
  describedBy,
  FieldError,
  FieldHint,
  inputClass,
  OptionalTag,
  useEnhanced,
  Honeypot,
} from './fields';
import { ConsultationReceived } from './ConsultationReceived';
import { SlotPicker } from './SlotPicker';

const fieldLabels: Record<ConsultationField, string> = {
  name: 'Your name',
  email: 'E-mail address',
  phone: 'Phone number',
  contactMethod: 'How should we contact you?',
  bestTime: 'Best time to reach you',
  interest: 'What are you interested in?',
  sessionFormat: 'In person or telehealth?',
  inCalifornia: 'Are you located in California?',
  message: 'Anything you would like us to know',
  consent: 'Consent to be contacted',
};

const id = (field: ConsultationField) => `consultation-${field}`;
/** Where focus goes for a field: the input itself, or the first radio of a group. */
const focusTarget = (field: ConsultationField) =>
  ['contactMethod', 'interest', 'sessionFormat', 'inCalifornia'].includes(field)
    ? `${id(field)}-first`
    : id(field);

/** The free consultation request: works as a plain HTML form, enhanced by useActionState when JavaScript runs. */
interface ConsultationFormProps {
  /** `required` and `maxLength` of each field, from the zod schema (read on the server). */
  rules: ConsultationRules;
  nextStep: string;
  otherWays: string;
  /** The form's words (content/site.json), filled in on the server. */
  copy: ConsultationCopy;
  /** The crisis note shown after a request, rendered on the server. */
  crisisNote: React.ReactNode;
  /** The open times to book (null: the request form alone, as without booking). */
  slots: SlotChoice | null;
}

export interface ConsultationCopy {
  requiredNote: string;
  californiaHint: string;
  /** May hold **bold** text, rendered on the server. */
  healthNotice: React.ReactNode;
  consent: string;
  submit: string;
  /** "Thank you, <Name />. …" with <Name /> left in, for her name. */
  received: string;
  receivedNote: string;
  /** The booking's words (content/site.json `booking`), filled in on the server. */
  booking: {
    legend: string;
    zone: string;
    yourTime: string;
    noneOfThese: string;
    noneOfTheseHint: string;
    submit: string;
    slotTakenHeading: string;
    slotTaken: string;
    /** "Thank you, <Name />. …" with <Name /> left in. */
    booked: string;
    /** "We will talk on <Time />." with <Time /> left in. */
    bookedWhen: string;
    bookedNote: string;
  };
}

export function ConsultationForm({
  rules,
  nextStep,
  otherWays,
  copy,
  crisisNote,
  slots,
}: ConsultationFormProps) {
  const [state, formAction, pending] = useActionState<ConsultationState, FormData>(
    submitConsultation,
    initialConsultationState,
  );
  // Browser validation bubbles give way to our messages once JavaScript runs.
  const enhanced = useEnhanced();
  const tokenRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const receivedRef = useRef<HTMLHeadingElement>(null);
  const keptSlot = state.status === 'invalid' || state.status === 'error' ? state.slot : undefined;
  const [chosenSlot, setChosenSlot] = useState<string | undefined>(keptSlot);

  useEffect(() => {
    // One token per visit to the form, so a double click or a retried request stores one lead. Set on
    // the element (value and default), so React's reset of the form after an action keeps it.
    const input = tokenRef.current;
    if (input && !input.value) input.defaultValue = input.value = crypto.randomUUID();
  }, []);

  useEffect(() => {
    if (state.status === 'invalid') {
      const first = consultationFields.find((field) => state.fieldErrors[field]);
      if (first) document.getElementById(focusTarget(first))?.focus();
    } else if (state.status === 'error' || state.status === 'slot-taken') {
      summaryRef.current?.focus();
    } else if (state.status === 'received' || state.status === 'booked') {
      receivedRef.current?.focus();
    }
  }, [state]);

  if (state.status === 'received' || state.status === 'booked') {
    const booked = state.status === 'booked';
    return (
      <ConsultationReceived
        heading={
          <h2
            id="consultation-received"
            ref={receivedRef}
            tabIndex={-1}
            className="text-2xl font-semibold"
          >
            {(booked ? copy.booking.booked : copy.received).replace('<Name />', state.name)}
          </h2>
        }
        nextStep={booked ? copy.booking.bookedWhen.replace('<Time />', state.time) : nextStep}
        note={booked ? copy.booking.bookedNote : copy.receivedNote}
        otherWays={otherWays}
        crisisNote={crisisNote}
      />
    );
  }

  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values =
    state.status === 'invalid' || state.status === 'error' || state.status === 'slot-taken'
      ? state.values
      : {};
  const offered = state.status === 'slot-taken' ? state.slots : slots;
  // "Book" once she has chosen one of the times shown; "Request" otherwise.
  const booking = !!offered?.days.some((day) =>
    day.slots.some((slot) => slot.start === chosenSlot),
  );
  const errorFields = consultationFields.filter((field) => errors[field]);
  const text = (
    field: 'name' | 'email' | 'phone' | 'bestTime',
    props: React.InputHTMLAttributes<HTMLInputElement>,
    hint?: React.ReactNode,
  ) => (
    <div>
      <label htmlFor={id(field)} className="font-semibold">
        {fieldLabels[field]}
        {!rules[field].required && <OptionalTag />}
      </label>
      {hint && <FieldHint id={`${id(field)}-hint`}>{hint}</FieldHint>}
      <input
        id={id(field)}
        name={field}
        defaultValue={values[field] ?? ''}
        required={rules[field].required}
        maxLength={rules[field].maxLength}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(
          hint ? `${id(field)}-hint` : undefined,
          errors[field] && `${id(field)}-error`,
        )}
        className={inputClass}
        {...props}
      />
      <FieldError id={`${id(field)}-error`} message={errors[field]} />
    </div>
  );

  const choice = (
    field: 'contactMethod' | 'interest' | 'sessionFormat' | 'inCalifornia',
    options: Record<string, string>,
    hint?: React.ReactNode,
  ) => (
    <ChoiceGroup
      id={id(field)}
      name={field}
      legend={fieldLabels[field]}
      options={options}
      value={values[field]}
      error={errors[field]}
      required={rules[field].required}
      hint={hint}
    />
  );

  return (
    <form
      action={formAction}
      noValidate={enhanced}
      className="grid gap-6"
      aria-describedby="consultation-required-note"
    >
      <div id="consultation-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-atomic="true">
        {errorFields.length > 0 && (
          <div className="rounded-card border border-clay/40 bg-clay-soft p-5">
            <h2 className="font-sans text-lg font-bold">
              {errorFields.length === 1
                ? 'One entry needs a change'
                : `${errorFields.length} entries need a change`}{' '}
              before we can send your request
            </h2>
            <p className="mt-1">Nothing was sent yet, and everything you typed is still here.</p>
            <ul className="mt-2 list-disc pl-5">
              {errorFields.map((field) => (
                <li key={field}>
                  <a href={`#${focusTarget(field)}`} className="link">
                    {fieldLabels[field]}
                  </a>
                  : {errors[field]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.status === 'slot-taken' && (
          <div className="rounded-card border border-clay/40 bg-clay-soft p-5">
            <h2 className="font-sans text-lg font-bold">{copy.booking.slotTakenHeading}</h2>
            <p className="mt-1">{copy.booking.slotTaken}</p>
          </div>
        )}
        {state.status === 'error' && (
          <div className="rounded-card border border-clay/40 bg-clay-soft p-5">
            <h2 className="font-sans text-lg font-bold">Your request was not sent</h2>
            <p className="mt-1">{state.message}</p>
          </div>
        )}
      </div>

      {offered && offered.days.length > 0 && (
        <SlotPicker
          key={offered.days.map((day) => day.slots.map((slot) => slot.start).join()).join()}
          id="consultation-slot"
          name="slot"
          slots={offered}
          value={keptSlot}
          onChoose={setChosenSlot}
          copy={{
            legend: copy.booking.legend,
            zone: copy.booking.zone,
            yourTime: copy.booking.yourTime,
            noneOfThese: copy.booking.noneOfThese,
            noneOfTheseHint: copy.booking.noneOfTheseHint,
          }}
        />
      )}

      <p id="consultation-required-note" className="text-ink-soft">
        {copy.requiredNote}
      </p>

      {text('name', { type: 'text', autoComplete: 'name' })}
      {text(
        'email',
        { type: 'email', autoComplete: 'email', spellCheck: false },
        'We send a short confirmation here.',
      )}
      {text(
        'phone',
        { type: 'tel', autoComplete: 'tel' },
        'Needed if you would like a call or a text.',
      )}

      {choice('contactMethod', contactMethods)}
      {text('bestTime', { type: 'text' }, 'For example: weekday mornings, or after 7 pm.')}
      {choice('interest', interests)}
      {choice('sessionFormat', sessionFormats)}
      {choice('inCalifornia', californiaAnswers, copy.californiaHint)}

      <div>
        <label htmlFor={id('message')} className="font-semibold">
          {fieldLabels.message}
          <OptionalTag />
        </label>
        <p
          id={`${id('message')}-hint`}
          className="mt-1 rounded-lg bg-sand px-3 py-2 text-sm text-ink"
        >
          {copy.healthNotice} Up to {rules.message.maxLength?.toLocaleString('en-US')} characters.
        </p>
        <textarea
          id={id('message')}
          name="message"
          rows={5}
          defaultValue={values.message ?? ''}
          maxLength={rules.message.maxLength}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy(
            `${id('message')}-hint`,
            errors.message && `${id('message')}-error`,
          )}
          className={inputClass}
        />
        <FieldError id={`${id('message')}-error`} message={errors.message} />
      </div>

      <div>
        <div className="flex items-start gap-3">
          <input
            id={id('consent')}
            name="consent"
            type="checkbox"
            defaultChecked={values.consent === 'on'}
            required={rules.consent.required}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy(errors.consent && `${id('consent')}-error`)}
            className="mt-1 size-6 shrink-0 accent-teal"
          />
          <label htmlFor={id('consent')}>{copy.consent}</label>
        </div>
        <FieldError id={`${id('consent')}-error`} message={errors.consent} />
      </div>

      <Honeypot id="consultation-website" />
      <input ref={tokenRef} type="hidden" name="submissionId" defaultValue="" />

      <div>
        <button
          type="submit"
          className="button-primary disabled:opacity-70"
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? 'Sending your request…' : booking ? copy.booking.submit : copy.submit}
        </button>
      </div>
    </form>
  );
}

'use client';

import { InlineText } from '@/components/content/InlineText';
import { useActionState, useEffect, useRef } from 'react';
import { subscribeToNewsletter } from '@/lib/newsletter/actions';
import type { NewsletterState } from '@/lib/forms/newsletter-schema';
import { describedBy, FieldError, inputClass, useEnhanced, Honeypot } from './fields';

const initial: NewsletterState = { status: 'idle' };

/** The e-mail field of the newsletter sign-up; a plain form without JavaScript. */
/** `emailMaxLength` comes from the zod schema, read on the server: zod itself stays out of the browser. */
/**
 * `terms` is the sign-up's note on the terms and the privacy policy (content/site.json), whose
 * `[text](/terms)` and `[text](/privacy)` become links: a string costs the page fewer bytes than a
 * rendered element.
 */
export function NewsletterForm({
  emailMaxLength,
  terms,
}: {
  emailMaxLength: number;
  terms: string;
}) {
  const [state, formAction, pending] = useActionState(subscribeToNewsletter, initial);
  const enhanced = useEnhanced();
  const inputRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'invalid') inputRef.current?.focus();
    if (state.status === 'sent') statusRef.current?.focus();
  }, [state]);

  if (state.status === 'sent') {
    return (
      <p ref={statusRef} tabIndex={-1} role="status" className="mt-4 rounded-lg bg-teal-soft p-4">
        <strong>Almost done: check your inbox.</strong> We sent a link to {state.email}. Open it and
        press the button to confirm your sign-up. No e-mail? Look in your spam folder, or sign up
        again in a few minutes.
      </p>
    );
  }

  const error = state.status === 'invalid' ? state.error : undefined;
  return (
    <form action={formAction} noValidate={enhanced} className="mt-4 grid gap-3">
      <div>
        <label htmlFor="newsletter-email" className="font-semibold">
          E-mail address
        </label>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <div className="flex-1">
            <input
              ref={inputRef}
              id="newsletter-email"
              name="email"
              type="email"
              autoComplete="email"
              spellCheck={false}
              required
              maxLength={emailMaxLength}
              defaultValue={state.status === 'idle' ? '' : state.email}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy('newsletter-terms', error && 'newsletter-email-error')}
              className={inputClass}
            />
            <FieldError id="newsletter-email-error" message={error} />
          </div>
          <button type="submit" className="button-primary mt-1 shrink-0" disabled={pending}>
            {pending ? 'Signing up…' : 'Sign up'}
          </button>
        </div>
      </div>
      <Honeypot id="newsletter-website" />
      <div role="alert">
        {state.status === 'error' && <p className="font-semibold text-clay">{state.message}</p>}
      </div>
      <p id="newsletter-terms" className="text-sm text-ink-soft">
        <InlineText text={terms} linkClassName="link inline-block min-h-6" />
      </p>
    </form>
  );
}

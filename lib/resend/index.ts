import { Resend } from 'resend';
import { mailConfig } from '@/lib/mail/config';
import { describeError, isRetryable, type ResendError } from './errors';

/**
 * The mail provider, behind one boundary: nothing else imports the `resend` package. Every call
 * returns a result instead of throwing: the id Resend gave, or the error with whether a retry can
 * help. The SDK reads RESEND_BASE_URL itself, which is how the tests point it at their fake server.
 */

export type ResendResult =
  { ok: true; id: string } | { ok: false; error: string; retryable: boolean };

export interface ResendCallOptions {
  /** The same key on every attempt of one message, and never on another: Resend sends it once. */
  idempotencyKey?: string;
  /** Tells the server's mail from the command-line tools' in Resend's logs. */
  userAgent?: string;
}

/** A file sent with an e-mail, e.g. a calendar invitation; `content` in base64, as Resend takes it. */
export interface EmailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface OutgoingEmail {
  from: string;
  to: string[];
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
}

export interface Broadcast {
  name: string;
  subject: string;
  html: string;
  text: string;
  previewText?: string;
}

const notConfigured: ResendResult = {
  ok: false,
  error: 'not sent: RESEND_API_KEY is not set',
  retryable: true,
};

type SdkResponse = { data: { id: string } | null; error: ResendError | null };

/** One call with the configured timeout, its answer turned into a ResendResult. */
async function call(
  options: ResendCallOptions,
  request: (
    resend: Resend,
    requestOptions: { idempotencyKey?: string; signal: AbortSignal },
  ) => Promise<SdkResponse>,
): Promise<ResendResult> {
  const { apiKey, timeoutMs } = mailConfig();
  if (!apiKey) return notConfigured;
  const resend = new Resend(apiKey, { userAgent: options.userAgent ?? 'kap-site-server' });
  const signal = AbortSignal.timeout(timeoutMs);
  // The SDK reports an aborted call as "Unable to fetch data"; say what really happened.
  const timedOut = (): ResendResult => ({
    ok: false,
    error: `no answer from Resend within ${timeoutMs} ms`,
    retryable: true,
  });
  try {
    const { data, error } = await request(resend, {
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
      signal,
    });
    if (signal.aborted) return timedOut();
    if (error || !data)
      return {
        ok: false,
        error: describeError(error ?? { message: 'empty answer' }),
        retryable: isRetryable(error ?? {}),
      };
    return { ok: true, id: data.id };
  } catch (error) {
    if (signal.aborted) return timedOut();
    return {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      retryable: true,
    };
  }
}

export function sendEmail(email: OutgoingEmail, options: ResendCallOptions = {}) {
  if (email.to.length === 0 || email.to.some((to) => !to))
    return Promise.resolve<ResendResult>({
      ok: false,
      error: 'no recipient: set PRACTICE_INBOX (or contact.email in content/practice.json)',
      retryable: false,
    });
  return call(options, (resend, requestOptions) =>
    resend.emails.send(
      {
        from: email.from,
        to: email.to,
        replyTo: email.replyTo,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers,
        attachments: email.attachments,
      },
      requestOptions,
    ),
  );
}

/** Adds a subscribed contact to the newsletter segment (or the legacy audience). */
export function addContact(email: string, options: ResendCallOptions = {}) {
  const { segmentId, audienceId } = mailConfig();
  return call(options, (resend, requestOptions) =>
    audienceId
      ? resend.contacts.create({ email, unsubscribed: false, audienceId }, requestOptions)
      : resend.contacts.create(
          { email, unsubscribed: false, segments: segmentId ? [{ id: segmentId }] : undefined },
          requestOptions,
        ),
  );
}

/** Marks a contact unsubscribed (Resend then leaves it out of every broadcast). */
export function unsubscribeContact(email: string, options: ResendCallOptions = {}) {
  const { audienceId } = mailConfig();
  // Resend takes no idempotency key on an update; setting the flag twice is harmless.
  return call({ userAgent: options.userAgent }, (resend, { signal }) =>
    resend.contacts.update(
      { email, unsubscribed: true, ...(audienceId ? { audienceId } : {}) },
      { signal },
    ),
  );
}

/**
 * Deletes a contact (the reader unsubscribed, and the privacy policy promises her address is
 * deleted). A contact Resend does not have is already gone: that counts as done.
 */
export function removeContact(email: string, options: ResendCallOptions = {}) {
  const { audienceId } = mailConfig();
  // Resend takes no idempotency key on a delete; deleting twice finds nothing the second time.
  return call({ userAgent: options.userAgent }, async (resend, { signal }) => {
    const { data, error } = await resend.contacts.remove(
      audienceId ? { email, audienceId } : email,
      { signal },
    );
    if (error?.statusCode === 404) return { data: { id: 'contact-not-found' }, error: null };
    return { data: data ? { id: data.contact } : null, error };
  });
}

/** A broadcast draft to the newsletter segment (or the legacy audience). */
export function createBroadcast(broadcast: Broadcast, options: ResendCallOptions = {}) {
  const { from, segmentId, audienceId } = mailConfig();
  return call(options, (resend, requestOptions) =>
    resend.broadcasts.create(
      { ...broadcast, ...(segmentId ? { segmentId } : { audienceId }), from },
      requestOptions,
    ),
  );
}

export function sendBroadcast(id: string, options: ResendCallOptions = {}) {
  return call(options, (resend, { signal }) => resend.broadcasts.send(id, undefined, { signal }));
}

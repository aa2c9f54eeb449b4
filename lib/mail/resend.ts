import { Resend } from 'resend';
import { mailConfig } from './config';

/**
 * The Resend client, or null without RESEND_API_KEY. The SDK reads RESEND_BASE_URL itself, which
 * is how the tests point it at their fake server. `userAgent` tells the server's mail from the
 * command-line tools' in Resend's logs.
 */
export function resendClient(userAgent = 'kap-site-server'): Resend | null {
  const { apiKey } = mailConfig();
  if (!apiKey) return null;
  return new Resend(apiKey, { userAgent });
}

/** A signal that aborts a call to Resend after the configured short timeout. */
export function resendTimeout(): AbortSignal {
  return AbortSignal.timeout(mailConfig().timeoutMs);
}

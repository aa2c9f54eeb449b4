/** Resend's error as the SDK returns it ({ name, message, statusCode }), or anything thrown. */
export interface ResendError {
  name?: string;
  message?: string;
  statusCode?: number | null;
}

/** Errors about the request itself: sending the same message again fails the same way. */
const permanentNames = new Set([
  'validation_error',
  'missing_required_field',
  'invalid_parameter',
  'invalid_attachment',
  'invalid_from_address',
  'invalid_idempotency_key',
  'invalid_idempotent_request',
  'invalid_region',
  'invalid_access',
  'not_found',
  'method_not_allowed',
  'security_error',
]);

/**
 * Whether trying the same call again later can succeed. Outages, timeouts, rate limits and quotas
 * pass; so do key and account problems (401, 403: fixed in Resend or the configuration, then the
 * retry works). A request Resend calls invalid (400, 404, 405, 422: a malformed address, a missing
 * field) fails the same way every time, so it is given up at once.
 */
export function isRetryable(error: ResendError): boolean {
  const status = error.statusCode ?? null;
  if (status !== null) {
    if (status >= 500 || status === 408 || status === 409 || status === 429) return true;
    if (status === 401 || status === 403) return true;
    if (status >= 400) return false;
  }
  return !permanentNames.has(error.name ?? '');
}

export function describeError(error: ResendError): string {
  return [error.statusCode, error.name, error.message].filter(Boolean).join(' ').slice(0, 500);
}

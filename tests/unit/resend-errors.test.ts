import { describe, expect, it } from 'vitest';
import { isRetryable } from '@/lib/resend/errors';

describe('which Resend errors a retry can fix', () => {
  it('retries outages, timeouts, rate limits and key problems', () => {
    for (const error of [
      { statusCode: 500, name: 'internal_server_error' },
      { statusCode: 503, name: 'application_error' },
      { statusCode: 429, name: 'rate_limit_exceeded' },
      { statusCode: 429, name: 'daily_quota_exceeded' },
      { statusCode: 409, name: 'concurrent_idempotent_requests' },
      { statusCode: 401, name: 'missing_api_key' },
      { statusCode: 403, name: 'invalid_api_key' },
      { statusCode: null, name: 'application_error', message: 'Unable to fetch data' },
      {},
    ])
      expect(isRetryable(error), JSON.stringify(error)).toBe(true);
  });

  it('gives up on a message Resend calls invalid', () => {
    for (const error of [
      { statusCode: 422, name: 'validation_error' },
      { statusCode: 422, name: 'invalid_from_address' },
      { statusCode: 400, name: 'invalid_idempotency_key' },
      { statusCode: 404, name: 'not_found' },
      { statusCode: null, name: 'missing_required_field' },
    ])
      expect(isRetryable(error), JSON.stringify(error)).toBe(false);
  });
});

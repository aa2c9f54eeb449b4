import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from '@/lib/signed-links';

const secret = 'unit-test-secret';

describe('newsletter links', () => {
  it('verifies a link it signed', () => {
    const token = signLink(
      { purpose: 'confirm', email: 'a@example.com', nonce: 'n', expiresAt: Date.now() + 1000 },
      secret,
    );
    expect(verifyLink(token, 'confirm', Date.now(), secret)).toMatchObject({
      ok: true,
      claims: { email: 'a@example.com' },
    });
  });

  it('refuses an expired link', () => {
    const token = signLink({ purpose: 'confirm', email: 'a@example.com', expiresAt: 1000 }, secret);
    expect(verifyLink(token, 'confirm', 2000, secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link signed with another secret, or changed after signing', () => {
    const token = signLink({ purpose: 'confirm', email: 'a@example.com' }, 'other');
    expect(verifyLink(token, 'confirm', 0, secret)).toEqual({ ok: false, reason: 'forged' });
    const good = signLink({ purpose: 'confirm', email: 'a@example.com' }, secret);
    const [, signature] = good.split('.');
    const changed = `${Buffer.from(JSON.stringify({ purpose: 'confirm', email: 'b@example.com' })).toString('base64url')}.${signature}`;
    expect(verifyLink(changed, 'confirm', 0, secret)).toEqual({ ok: false, reason: 'forged' });
    expect(verifyLink('garbage', 'confirm', 0, secret)).toEqual({ ok: false, reason: 'forged' });
  });

  it('does not let an unsubscribe link confirm a sign-up', () => {
    const token = signLink({ purpose: 'unsubscribe', email: 'a@example.com' }, secret);
    expect(verifyLink(token, 'confirm', 0, secret)).toEqual({ ok: false, reason: 'wrong-purpose' });
  });

  it('keeps accepting the links e-mailed before booking links existed', () => {
    // Signed by lib/newsletter/token.ts before the signer moved to lib/signed-links.ts.
    const before = 'a-secret-from-before-the-move';
    const unsubscribe =
      'eyJwdXJwb3NlIjoidW5zdWJzY3JpYmUiLCJlbWFpbCI6InJlYWRlckBleGFtcGxlLmNvbSJ9.TU6QuaNzb-bUv4_S0-dI-ycWtF4dsVqGgURVKghS2ow';
    const confirm =
      'eyJwdXJwb3NlIjoiY29uZmlybSIsImVtYWlsIjoicmVhZGVyQGV4YW1wbGUuY29tIiwibm9uY2UiOiJuMG5jZSIsImV4cGlyZXNBdCI6NDEwMjQ0NDgwMDAwMH0.PfxDkr-l5xRvyAaRGG8vijRcllPJ9nJgNmp4xcVOprI';
    expect(verifyLink(unsubscribe, 'unsubscribe', 0, before)).toEqual({
      ok: true,
      claims: { purpose: 'unsubscribe', email: 'reader@example.com' },
    });
    expect(verifyLink(confirm, 'confirm', 0, before)).toEqual({
      ok: true,
      claims: {
        purpose: 'confirm',
        email: 'reader@example.com',
        nonce: 'n0nce',
        expiresAt: 4102444800000,
      },
    });
    // Same claims, same secret: the signer writes the very same link today.
    expect(signLink({ purpose: 'unsubscribe', email: 'reader@example.com' }, before)).toBe(
      unsubscribe,
    );
  });
});

describe('booking links', () => {
  it('carry the booking they manage until they expire', () => {
    const token = signLink({ purpose: 'booking', bookingId: 'bk_1', expiresAt: 5000 }, secret);
    expect(verifyLink(token, 'booking', 4999, secret)).toEqual({
      ok: true,
      claims: { purpose: 'booking', bookingId: 'bk_1', expiresAt: 5000 },
    });
    expect(verifyLink(token, 'booking', 5001, secret)).toEqual({ ok: false, reason: 'expired' });
  });

  it('are not newsletter links, and newsletter links do not manage bookings', () => {
    const booking = signLink({ purpose: 'booking', bookingId: 'bk_1' }, secret);
    const unsubscribe = signLink({ purpose: 'unsubscribe', email: 'a@example.com' }, secret);
    expect(verifyLink(booking, 'unsubscribe', 0, secret)).toEqual({
      ok: false,
      reason: 'wrong-purpose',
    });
    expect(verifyLink(unsubscribe, 'booking', 0, secret)).toEqual({
      ok: false,
      reason: 'wrong-purpose',
    });
  });

  it('refuse a signed payload that lacks the booking it is for', () => {
    const token = signLink({ purpose: 'booking' } as never, secret);
    expect(verifyLink(token, 'booking', 0, secret)).toEqual({ ok: false, reason: 'wrong-purpose' });
  });
});

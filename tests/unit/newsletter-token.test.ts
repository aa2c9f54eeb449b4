import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from '@/lib/newsletter/token';

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
});

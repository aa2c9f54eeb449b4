import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security-headers';

describe('content security policy', () => {
  it('upgrades insecure requests only when the site is served over https', () => {
    expect(contentSecurityPolicy({ dev: false, siteUrl: 'https://example.com' })).toContain(
      'upgrade-insecure-requests',
    );
    expect(contentSecurityPolicy({ dev: false, siteUrl: 'http://localhost:3000' })).not.toContain(
      'upgrade-insecure-requests',
    );
  });

  it('allows eval and websockets in next dev only', () => {
    const dev = contentSecurityPolicy({ dev: true, siteUrl: 'http://localhost:3000' });
    const production = contentSecurityPolicy({ dev: false, siteUrl: 'http://localhost:3000' });
    expect(dev).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(dev).toMatch(/connect-src [^;]*ws:/);
    expect(production).not.toContain('unsafe-eval');
    expect(production).not.toContain('ws:');
  });

  it('lists no other origin anywhere', () => {
    const policy = contentSecurityPolicy({ dev: false, siteUrl: 'https://example.com' });
    expect(policy).not.toMatch(/https?:\/\/|\*/);
  });
});

describe('the editor’s policy', () => {
  it('lets /keystatic talk to GitHub and show its images, and nothing more', () => {
    const editor = contentSecurityPolicy({
      dev: false,
      siteUrl: 'https://example.com',
      editor: true,
    });
    expect(editor).toMatch(/connect-src 'self' https:\/\/api\.github\.com https:\/\/github\.com;/);
    expect(editor).toMatch(/img-src [^;]*https:\/\/avatars\.githubusercontent\.com/);
    expect(editor).not.toContain('unsafe-eval');
    expect(editor).toMatch(/frame-ancestors 'none'/);
  });
});

describe('security headers', () => {
  it('deny camera, microphone and geolocation', () => {
    const permissions = securityHeaders({ dev: false, siteUrl: 'https://example.com' }).find(
      (header) => header.key === 'Permissions-Policy',
    )?.value;
    expect(permissions).toMatch(/(^|, )camera=\(\)/);
    expect(permissions).toMatch(/(^|, )microphone=\(\)/);
    expect(permissions).toMatch(/(^|, )geolocation=\(\)/);
  });
});

/**
 * Server actions take only the site's own origin and only well-formed forms: a foreign or broken
 * Origin, a wrong content type, a garbage Next-Action header or a malformed multipart body gets a
 * 4xx, never a 5xx, and stores nothing.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { consultationFormShape, type HiddenInputs } from '../../scripts/lib/consultation-load';
import { e2eBaseUrl } from '../support/e2e-env';
import { leadsWithEmail, uniqueEmail } from '../support/leads';

let hidden: HiddenInputs;
let actionId: string;
test.beforeAll(async () => {
  hidden = await consultationFormShape(e2eBaseUrl);
  const bound = hidden.find(([name]) => /^\$ACTION_\d+:0$/.test(name))?.[1];
  actionId = (JSON.parse(bound ?? '{}') as { id?: string }).id ?? '';
  expect(actionId, 'the form carries its server action id').toMatch(/^[0-9a-f]{20,}$/);
});

let client = 0;
/** A valid no-JavaScript consultation post for `email`, as a multipart body with its boundary. */
function validForm(email: string): { body: Buffer; contentType: string } {
  const boundary = `----hardening${Date.now()}${client}`;
  const fields: [string, string][] = [
    ...hidden,
    ['name', 'Jane Hardening'],
    ['email', email],
    ['contactMethod', 'email'],
    ['interest', 'not-sure'],
    ['sessionFormat', 'telehealth'],
    ['inCalifornia', 'yes'],
    ['consent', 'on'],
    ['website', ''],
  ];
  const body =
    fields
      .map(
        ([name, value]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      )
      .join('') + `--${boundary}--\r\n`;
  return { body: Buffer.from(body), contentType: `multipart/form-data; boundary=${boundary}` };
}

function fromNewClient(headers: Record<string, string> = {}): Record<string, string> {
  client += 1;
  return { 'x-forwarded-for': `10.77.${(client >> 8) & 255}.${client & 255}`, ...headers };
}

async function post(
  request: APIRequestContext,
  headers: Record<string, string>,
  data: Buffer | string,
) {
  const response = await request.post('/consultation', {
    headers: fromNewClient(headers),
    data,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return {
    status: response.status(),
    location: response.headers()['location'],
    text: await response.text(),
  };
}

test.describe('server actions accept only the site’s own origin', () => {
  test('the form posted with the site’s own Origin is accepted and stored', async ({ request }) => {
    const email = uniqueEmail('own-origin');
    const { body, contentType } = validForm(email);
    const response = await post(request, { origin: e2eBaseUrl, 'content-type': contentType }, body);
    // As a browser without JavaScript posts it: answered with the way to the confirmation page.
    expect(response.status).toBe(303);
    expect(response.location).toBe('/consultation/received');
    expect(await (await request.get(response.location!)).text()).toContain(
      'Your request was received',
    );
    expect(await leadsWithEmail(email)).toHaveLength(1);
  });

  for (const origin of [
    'https://evil.example',
    'http://127.0.0.1:9',
    'null',
    '::::not a url',
    'javascript:alert(1)',
  ]) {
    test(`a form posted with Origin ${JSON.stringify(origin)} gets a 403 and stores nothing`, async ({
      request,
    }) => {
      const email = uniqueEmail('foreign-origin');
      const { body, contentType } = validForm(email);
      const noScript = await post(request, { origin, 'content-type': contentType }, body);
      expect(noScript.status).toBe(403);
      expect(noScript.text).toContain('sent from another website');
      // The same as a fetch action (what React sends with JavaScript).
      const withScript = await post(
        request,
        { origin, 'content-type': contentType, 'next-action': actionId },
        body,
      );
      expect(withScript.status).toBe(403);
      expect(await leadsWithEmail(email)).toHaveLength(0);
    });
  }
});

test.describe('malformed action requests get a 4xx, never a 5xx', () => {
  const multipart = 'multipart/form-data; boundary=XYZ';
  const cases: { name: string; headers: (id: string) => Record<string, string>; body: string }[] = [
    {
      name: 'JSON to the action',
      headers: (id) => ({ 'next-action': id, 'content-type': 'application/json' }),
      body: '{"name":"x"}',
    },
    {
      name: 'text/plain that is not JSON',
      headers: (id) => ({ 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' }),
      body: 'not json',
    },
    {
      name: 'text/plain arguments for the action',
      headers: (id) => ({ 'next-action': id, 'content-type': 'text/plain;charset=UTF-8' }),
      body: '[{"status":"idle"},"$K1"]',
    },
    {
      name: 'url-encoded form',
      headers: () => ({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: 'name=x&email=y',
    },
    { name: 'no content type', headers: () => ({}), body: 'x' },
    {
      name: 'multipart without a boundary',
      headers: () => ({ 'content-type': 'multipart/form-data' }),
      body: 'abc',
    },
    {
      name: 'truncated multipart',
      headers: () => ({ 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken',
    },
    {
      name: 'truncated multipart to the action',
      headers: (id) => ({ 'next-action': id, 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nbroken',
    },
    {
      name: 'multipart with a broken part header',
      headers: () => ({ 'content-type': multipart }),
      body: '--XYZ\r\nnot a header\r\n\r\nx\r\n--XYZ--\r\n',
    },
    {
      name: 'garbage Next-Action header',
      headers: () => ({ 'next-action': 'garbage\'"<>', 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--XYZ--\r\n',
    },
    {
      name: 'unknown Next-Action id',
      headers: () => ({ 'next-action': 'ff'.repeat(21), 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--XYZ--\r\n',
    },
    {
      name: 'no-JavaScript post naming an unknown action',
      headers: () => ({ 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="$ACTION_ID_deadbeef"\r\n\r\n\r\n--XYZ--\r\n',
    },
    {
      name: 'no-JavaScript post with a broken action reference',
      headers: () => ({ 'content-type': multipart }),
      body: '--XYZ\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--XYZ\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"zz","bound":"$@1"}\r\n--XYZ--\r\n',
    },
  ];
  for (const { name, headers, body } of cases) {
    test(`${name}: 4xx`, async ({ request }) => {
      const response = await post(request, headers(actionId), body);
      expect(response.status, response.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    });
  }

  test('the action called with a string instead of a form answers without a 5xx and stores nothing', async ({
    request,
  }) => {
    const before = (await leadsWithEmail('hello')).length;
    const body =
      '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"status":"idle"},"hello"]\r\n--XYZ--\r\n';
    const response = await post(
      request,
      { 'next-action': actionId, 'content-type': multipart },
      body,
    );
    expect(response.status).toBeLessThan(500);
    expect(await leadsWithEmail('hello')).toHaveLength(before);
  });

  test('a body sent without a length (chunked) gets a 411', async () => {
    const { body, contentType } = validForm(uniqueEmail('chunked'));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(body);
        controller.close();
      },
    });
    const response = await fetch(`${e2eBaseUrl}/consultation`, {
      method: 'POST',
      headers: fromNewClient({ 'content-type': contentType }),
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(411);
  });
});

test.describe('page views do no proxy work', () => {
  // The proxy marks every response it produced with a `form-checks` Server-Timing entry.
  const metFormChecks = (headers: Record<string, string>) =>
    (headers['server-timing'] ?? '').includes('form-checks');

  test('a page view, a prefetch and a feed request go straight to Next.js; a form post meets the checks', async ({
    request,
  }) => {
    const kapPost = '/blog/ketamine-assisted-psychotherapy-for-moms';
    for (const [path, headers] of [
      ['/consultation', {}],
      [kapPost, {}],
      [kapPost, { rsc: '1', 'next-router-prefetch': '1' }],
      ['/feed.xml', {}],
    ] as const) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBe(200);
      expect(metFormChecks(response.headers()), `${path} ${JSON.stringify(headers)}`).toBe(false);
    }

    const { body, contentType } = validForm(uniqueEmail('form-checks'));
    const accepted = await request.post('/consultation', {
      headers: fromNewClient({ origin: e2eBaseUrl, 'content-type': contentType }),
      data: body,
    });
    expect(accepted.status()).toBe(200);
    expect(metFormChecks(accepted.headers())).toBe(true);

    const refused = await request.post('/consultation', {
      headers: fromNewClient({ origin: 'https://evil.example', 'content-type': contentType }),
      data: body,
    });
    expect(refused.status()).toBe(403);
    expect(metFormChecks(refused.headers())).toBe(true);
  });
});

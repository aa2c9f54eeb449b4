/**
 * What the proxy checks on a POST to a page (a server action) before Next.js sees it.
 *
 * Server actions accept only the site's own origin. Next.js compares Origin with Host itself, but it
 * answers a foreign Origin with a 500 (and an unparsable one with an uncaught error, also a 500); the
 * proxy turns such a POST away first with a 403. A POST without Origin passes, as Next.js lets it:
 * browsers always send Origin on a form POST, so a request without one carries no visitor's session
 * (and the site has no sessions). Route handlers under /api/ keep their own rules: the one-click
 * unsubscribe (RFC 8058) is POSTed by mail providers from anywhere.
 */
import { siteUrl } from '@/lib/site';

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The hosts this request may come from: the one it was sent to (as Next.js sees it) and SITE_URL's. */
function ownHosts(request: Request): string[] {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = request.headers.get('host')?.trim();
  return [forwarded, host, hostOf(siteUrl)]
    .filter((h): h is string => Boolean(h))
    .map((h) => h.toLowerCase());
}

function page(status: number, title: string, heading: string, text: string): Response {
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6; color: #2d2926; background: #fbf7f2">
<h1>${heading}</h1>
<p>${text}</p>
<p><a href="/consultation" style="color: #1f5c58">Go to the consultation form</a></p>
</body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A POST to a page: a server action (the site has no other use for one). */
export const isPagePost = (request: Request) =>
  request.method === 'POST' && !new URL(request.url).pathname.startsWith('/api/');

export function foreignOriginResponse(request: Request): Response | null {
  if (!isPagePost(request)) return null;
  const origin = request.headers.get('origin');
  if (origin === null) return null;
  const host = hostOf(origin);
  if (host && ownHosts(request).includes(host)) return null;
  return page(
    403,
    'Form not accepted',
    'This form was sent from another website',
    'The site only accepts forms sent from its own pages, so nothing was stored or sent. Open the form on this site and send it from there.',
  );
}

const notAForm = () =>
  page(
    400,
    'Form not accepted',
    'This request is not a form the site can read',
    'Nothing was stored or sent. Open the form on this site and send it from there.',
  );

/**
 * Every form on the site posts multipart/form-data (React sends server action forms that way, with or
 * without JavaScript). Anything else, a body without a declared length, or a body that is not
 * well-formed multipart would reach Next.js's action decoder, which answers such input with a 500; the
 * proxy answers 415, 411 or 400 instead. Bodies are small (FORM_BODY_LIMIT_BYTES is checked first).
 */
export async function malformedFormResponse(request: Request): Promise<Response | null> {
  if (!isPagePost(request)) return null;
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) {
    return page(
      415,
      'Form not accepted',
      'This request is not a form the site can read',
      'Nothing was stored or sent. Open the form on this site and send it from there.',
    );
  }
  if (request.headers.get('content-length') === null) {
    return page(
      411,
      'Form not accepted',
      'This request is not a form the site can read',
      'Nothing was stored or sent. Open the form on this site and send it from there.',
    );
  }
  try {
    await request.clone().formData();
  } catch {
    return notAForm();
  }
  return null;
}

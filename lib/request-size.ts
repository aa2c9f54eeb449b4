/**
 * Next.js answers a server action body over `serverActions.bodySizeLimit` with a 500. The proxy
 * turns such a POST away first, with a 413 and a page that says what to do.
 */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024; // the same as serverActions.bodySizeLimit in next.config.ts

export function oversizedFormResponse(request: Request): Response | null {
  if (request.method !== 'POST') return null;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!(length > FORM_BODY_LIMIT_BYTES)) return null;
  const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Your entry is too long</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6; color: #2d2926; background: #fbf7f2">
<h1>Your entry is too long to send</h1>
<p>The form takes at most ${FORM_BODY_LIMIT_BYTES / 1024} KB, and this one was larger, so nothing was stored or sent. Go back, shorten your message (up to 1,000 characters), and send it again.</p>
<p><a href="/consultation" style="color: #1f5c58">Back to the consultation form</a></p>
</body></html>`;
  return new Response(html, {
    status: 413,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

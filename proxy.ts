import { NextResponse, type NextRequest } from 'next/server';
import { foreignOriginResponse, malformedFormResponse } from '@/lib/form-requests';
import { oversizedFormResponse } from '@/lib/request-size';

/** POSTs to pages are server actions: own origin only, at most 64 KB, well-formed multipart only. */
export async function proxy(request: NextRequest) {
  const started = performance.now();
  const response =
    foreignOriginResponse(request) ??
    oversizedFormResponse(request) ??
    (await malformedFormResponse(request)) ??
    NextResponse.next();
  // What the checks cost, in the browser's network panel; a response without it never met them.
  response.headers.set(
    'Server-Timing',
    `form-checks;desc="Form checks";dur=${(performance.now() - started).toFixed(2)}`,
  );
  return response;
}

export const config = {
  // Only requests that name an action or carry a body run the proxy; a page view goes straight to the
  // prerendered page. A matcher cannot test the method, but it can test headers: Next.js takes a POST
  // for a server action when it has a Next-Action header (with JavaScript) or a form content type
  // (without), and a body declares its Content-Length or Transfer-Encoding. A browser's GET sends none
  // of these; a POST without any of them is no action and Next.js answers it 405. Static files never
  // take a POST. (Next.js reads this object when it builds, so it stays a literal.)
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      has: [{ type: 'header', key: 'next-action' }],
    },
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      has: [{ type: 'header', key: 'content-type' }],
    },
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      has: [{ type: 'header', key: 'content-length' }],
    },
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      has: [{ type: 'header', key: 'transfer-encoding' }],
    },
  ],
};

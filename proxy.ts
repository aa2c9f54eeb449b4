import { NextResponse, type NextRequest } from 'next/server';
import { foreignOriginResponse, malformedFormResponse } from '@/lib/form-requests';
import { oversizedFormResponse } from '@/lib/request-size';

/** POSTs to pages are server actions: own origin only, at most 64 KB, well-formed multipart only. */
export async function proxy(request: NextRequest) {
  return (
    foreignOriginResponse(request) ??
    oversizedFormResponse(request) ??
    (await malformedFormResponse(request)) ??
    NextResponse.next()
  );
}

export const config = {
  // Forms post to the page they are on; static files never take a POST.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};

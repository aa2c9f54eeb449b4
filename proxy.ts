import { NextResponse, type NextRequest } from 'next/server';
import { oversizedFormResponse } from '@/lib/request-size';

export function proxy(request: NextRequest) {
  return oversizedFormResponse(request) ?? NextResponse.next();
}

export const config = {
  // Forms post to the page they are on; static files never take a POST.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};

import { after } from 'next/server';
import { deliverSoon } from '@/lib/mail/delivery-queue';
import { unsubscribe } from '@/lib/newsletter/subscribers';

/**
 * A mail client that opens the List-Unsubscribe address instead of posting to it (or a reader who
 * pastes it into a browser) gets the page with the one button; opening a link unsubscribes
 * nobody, so mail scanners that follow links change nothing.
 */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return new Response(null, {
    status: 303,
    headers: {
      location: `/newsletter/unsubscribe?token=${encodeURIComponent(token)}`,
      'cache-control': 'no-store',
    },
  });
}

/** RFC 8058 one-click unsubscribe: mail clients POST here from the List-Unsubscribe header. */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const result = await unsubscribe(token);
  if (result.status === 'forged') {
    return new Response('This unsubscribe link is not valid.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  if (result.subscriberId) after(deliverSoon);
  return new Response('You are unsubscribed.\n', {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

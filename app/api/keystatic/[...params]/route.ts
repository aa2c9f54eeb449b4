import { makeRouteHandler } from '@keystatic/next/route-handler';
import config from '@/keystatic.config';
import { editorBaseDirectory, editorMode } from '@/lib/editor';

/**
 * The editor's API: reads and writes the content files (local mode, `npm run dev` only) or signs
 * in with GitHub (GitHub mode). Without either it is not there at all: 404.
 */
const handler = editorMode()
  ? makeRouteHandler({ config, localBaseDirectory: editorBaseDirectory() })
  : null;

const notFound = () => new Response('Not Found', { status: 404 });

export function GET(request: Request) {
  return handler ? handler.GET(request) : notFound();
}

export function POST(request: Request) {
  return handler ? handler.POST(request) : notFound();
}

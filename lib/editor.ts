import path from 'node:path';

/**
 * Where the editor (/keystatic) saves, if anywhere: to GitHub when NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO
 * is set (commits, then the host rebuilds), to the files of CONTENT_DIR under `npm run dev`, and
 * nowhere in a production build without GitHub: there /keystatic and its API answer 404, since the
 * local mode writes files without asking who is writing.
 */
export function editorMode(): 'github' | 'local' | null {
  if (process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO) return 'github';
  return process.env.NODE_ENV === 'development' ? 'local' : null;
}

/**
 * The folder the editor's paths (`content/blog/…`, `public/images/…`) start from in local mode:
 * the parent of CONTENT_DIR, so `CONTENT_DIR=/tmp/copy/content npm run dev` edits the copy.
 */
export function editorBaseDirectory(): string {
  return path.dirname(path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? 'content'));
}

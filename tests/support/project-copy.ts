/**
 * A copy of this project under `.e2e/`, with a content folder and public files of the test's
 * choosing, for the editor's end-to-end test: it runs `next dev` and saves files there, never in
 * the therapist's own content/ and public/. The copy sits inside the checkout, so Turbopack takes the checkout (its
 * lockfile) as the root, and the copy's node_modules link stays inside that root.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = process.cwd();

/** What a build needs: the sources and configuration, not the content, tests or build output. */
const copied = [
  'app',
  'components',
  'lib',
  'public',
  'contentlayer.config.ts',
  'instrumentation.ts',
  'keystatic.config.tsx',
  'next.config.ts',
  'package.json',
  'postcss.config.mjs',
  'proxy.ts',
  'tsconfig.json',
];

export function projectCopy(
  dir: string,
  { content, publicFiles }: { content: string; publicFiles?: string },
): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of copied) {
    if (fs.existsSync(path.join(root, entry))) {
      fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
    }
  }
  fs.cpSync(content, path.join(dir, 'content'), { recursive: true });
  if (publicFiles) fs.cpSync(publicFiles, path.join(dir, 'public'), { recursive: true });
  // lib/fonts.ts names its files by a relative path into node_modules.
  fs.symlinkSync(
    path.relative(dir, path.join(root, 'node_modules')),
    path.join(dir, 'node_modules'),
  );
  // A link is not a folder to `node_modules/` in the checkout's .gitignore: without this, Tailwind
  // would scan every package for class names.
  fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.next\n.contentlayer\ndata\n');
  return dir;
}

/** The environment of a command run in a copy: contentlayer2 resolves its paths from PWD. */
export function copyEnv(dir: string, env: Record<string, string | undefined>) {
  const result: NodeJS.ProcessEnv = { ...process.env, ...env, PWD: dir };
  delete result.CONTENT_DIR;
  delete result.NEXT_DIST_DIR;
  return result;
}

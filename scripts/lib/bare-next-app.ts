/**
 * The references for the budgets, the audit and the benchmarks: a bare Next.js app (one static
 * page, no client components, no CSS) built with this project's own node_modules, so its runtime
 * is exactly the one the site ships. Built once per Next.js version (and page) into the system
 * temp folder and reused.
 *
 * `bareNextApp()` is the page of one paragraph. `bareNextApp(html)` is the same app whose page is
 * the given HTML, inserted as it is: given the visible HTML of one of the site's pages
 * (`visibleHtml`), it shows what Next.js itself costs for a page of that size and text, without
 * the site's stylesheet, components, headers or proxy.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The project root, where Playwright and the scripts run.
const root = process.cwd();
const nextVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8'),
).version;

function appFiles(html: string | undefined): Record<string, string> {
  return {
    'package.json': JSON.stringify({ name: 'bare-next-baseline', private: true }),
    // The project's node_modules is a symlink out of this folder: Turbopack must see both.
    'next.config.mjs': "export default { turbopack: { root: '/' } };\n",
    'app/layout.js':
      'export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
    ...(html === undefined
      ? { 'app/page.js': 'export default function Page() {\n  return <p>A bare page.</p>;\n}\n' }
      : {
          'app/page.json': JSON.stringify(html),
          'app/page.js':
            "import html from './page.json';\n\nexport default function Page() {\n  return <div dangerouslySetInnerHTML={{ __html: html }} />;\n}\n",
        }),
  };
}

/**
 * What a reader sees of a prerendered page: its <body> without scripts (the RSC payload, JSON-LD).
 * Our own build output, so a pattern is enough.
 */
export function visibleHtml(documentHtml: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(documentHtml)?.[1];
  if (body === undefined) throw new Error('visibleHtml: no <body> in the document');
  return body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

/** The folder of the built bare app (building it first when this Next.js version has no build yet). */
export function bareNextApp(html?: string): string {
  const page =
    html === undefined ? '' : `-${createHash('sha1').update(html).digest('hex').slice(0, 10)}`;
  const dir = path.join(os.tmpdir(), `bare-next-baseline-${nextVersion}${page}`);
  if (fs.existsSync(path.join(dir, '.next/BUILD_ID'))) {
    // The build is reused, but `next start` needs a node_modules: point it at this checkout's,
    // since the checkout that built it may be gone.
    const link = path.join(dir, 'node_modules');
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(root, 'node_modules'), link);
    return dir;
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-next-build-'));
  for (const [name, text] of Object.entries(appFiles(html))) {
    fs.mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    fs.writeFileSync(path.join(work, name), text);
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  execFileSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    cwd: work,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  try {
    fs.renameSync(work, dir); // atomic: a concurrent run either sees a complete build or none
  } catch {
    fs.rmSync(work, { recursive: true, force: true }); // another run got there first
  }
  return dir;
}

// scripts/audit.ts starts the bare app with the one server helper, through this module.
export { startNext } from './server';

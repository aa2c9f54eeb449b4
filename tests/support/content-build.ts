/**
 * Runs the project's real `contentlayer2 build` over any content folder, in a small project of its
 * own (the config and the schemas it imports, node_modules linked), so the output lands there and
 * never in this checkout's `.contentlayer`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A fresh folder holding what `contentlayer2 build` needs; returns it. */
export function contentProject(dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of [
    'contentlayer.config.ts',
    'package.json',
    'lib/posts',
    'lib/content',
    // The booking settings' schema, which the practice settings' schema includes.
    'lib/booking/settings.ts',
    'lib/launch-check.ts',
  ]) {
    fs.cpSync(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Builds `contentDir` in `project`; the generated modules are in `<project>/.contentlayer/generated`. */
export async function buildContent(
  project: string,
  contentDir: string,
  env: Record<string, string> = {},
) {
  try {
    const { stdout, stderr } = await run(
      path.join(projectRoot, 'node_modules/.bin/contentlayer2'),
      ['build'],
      // contentlayer2 resolves its output folder from PWD, not from cwd.
      { cwd: project, env: { ...process.env, ...env, CONTENT_DIR: contentDir, PWD: project } },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

/** Where the unit tests' fixture content is built (vitest.config.ts points `contentlayer/generated` there). */
export const unitContentProject = path.join(projectRoot, '.e2e/unit-content');
export const fixtureContentDir = path.join(projectRoot, 'tests/fixtures/content');

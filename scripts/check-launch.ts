/**
 * `npm run check:launch`: lists what a public launch still needs, one line each with the file or
 * variable to fill, and exits 1 while anything is missing (0 when all is there). Reads CONTENT_DIR
 * (default content/) and the environment as the server would (.env files are loaded by the host or
 * by `node --env-file`).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parsePractice } from '../lib/content/practice-schema';
import { formatLaunchGaps, launchGaps } from '../lib/launch-check';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const read = (file: string) => fs.readFileSync(path.join(contentDir, file), 'utf8');

function reviewedOf(page: string): string {
  const { reviewed } = matter(read(`pages/${page}.mdx`)).data as { reviewed?: unknown };
  if (reviewed instanceof Date) return reviewed.toISOString().slice(0, 10);
  return typeof reviewed === 'string' ? reviewed : '';
}

try {
  const gaps = launchGaps({
    practice: parsePractice(JSON.parse(read('practice.json'))),
    reviewed: { privacy: reviewedOf('privacy'), terms: reviewedOf('terms') },
    env: process.env,
  });
  console.log(formatLaunchGaps(gaps));
  process.exit(gaps.length ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

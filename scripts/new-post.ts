/**
 * `npm run new-post -- "My title"`: creates content/blog/<slug>.mdx with today's date, as a draft.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug } from 'github-slugger';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the post a title: npm run new-post -- "My title"');
  process.exit(1);
}

const fileSlug = slug(title);
if (!fileSlug) {
  console.error(`"${title}" has no letters or digits to make an address from. Try another title.`);
  process.exit(1);
}

const contentDir = process.env.CONTENT_DIR ?? path.resolve(import.meta.dirname, '../content');
const file = path.join(contentDir, 'blog', `${fileSlug}.mdx`);
if (fs.existsSync(file)) {
  console.error(
    `${path.relative(process.cwd(), file)} already exists. Choose another title or edit that file.`,
  );
  process.exit(1);
}

const today = new Date().toLocaleDateString('en-CA'); // YYYY-MM-DD in the writer's own time zone
const yamlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(
  file,
  `---
title: ${yamlString(title)}
date: ${today}
summary: 'One or two sentences that say what the post is about (20 to 300 characters).'
tags:
  - Motherhood
draft: true
---

Write the post here. Use ## for section titles, 1. and - for lists, and [text](/consultation) for links.
`,
);
console.log(
  `Created ${path.relative(process.cwd(), file)} (a draft: set draft: false to publish).`,
);

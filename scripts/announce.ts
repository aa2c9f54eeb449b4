/**
 * npm run announce -- <slug>          a Resend broadcast draft for a published post, to the newsletter segment
 * npm run announce -- <slug> --send   the same, then sends it
 * Reads the posts from `.contentlayer/generated` (run `npm run content` or a build first).
 */
import './lib/env';
import fs from 'node:fs';
import path from 'node:path';
import { mailConfig } from '@/lib/mail/config';
import { createBroadcast, sendBroadcast } from '@/lib/resend';
import {
  announcementEmail,
  findAnnounceablePost,
  type AnnouncedPost,
} from '@/lib/newsletter/announce';
import { practice } from '@/lib/practice';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const send = args.includes('--send');
const slug = args.find((a) => !a.startsWith('--'));
if (!slug) fail('Usage: npm run announce -- <slug> [--send]');

// contentlayer's JSON output, read directly: its index is an ES module the CLI's loader cannot import.
const postsFile = path.resolve('.contentlayer/generated/Post/_index.json');
if (!fs.existsSync(postsFile))
  fail(
    'Not announced: the posts are not built yet. Run `npm run content` (or `npm run build`) first.',
  );
const allPosts = JSON.parse(fs.readFileSync(postsFile, 'utf8')) as AnnouncedPost[];

const check = findAnnounceablePost(allPosts, slug);
if (!check.ok) fail(`Not announced: ${check.reason}`);
const post = check.post;

const { apiKey, segmentId, audienceId } = mailConfig();
if (!segmentId && !audienceId)
  fail(
    'Not announced: set RESEND_SEGMENT_ID (or RESEND_AUDIENCE_ID) to the segment of newsletter subscribers.',
  );
if (send && !practice.postalAddress) {
  fail(
    'Not sent: add the practice\'s postal address ("postalAddress" in content/practice.json); the law (CAN-SPAM) requires it in every newsletter.',
  );
}
if (!apiKey) fail('Not announced: RESEND_API_KEY is not set.');

const cli = { userAgent: 'kap-site-cli' };

async function main() {
  const email = await announcementEmail(post);
  const created = await createBroadcast(
    {
      name: `New post: ${post.title}`,
      subject: email.subject,
      previewText: email.previewText,
      html: email.html,
      text: email.text,
    },
    cli,
  );
  if (!created.ok) fail(`Resend did not create the broadcast: ${created.error}`);
  console.log(`Broadcast draft ${created.id} created for "${post.title}".`);
  if (!practice.postalAddress)
    console.warn(
      'Note: content/practice.json has no postalAddress yet; add it before sending (CAN-SPAM).',
    );

  if (send) {
    const sent = await sendBroadcast(created.id, cli);
    if (!sent.ok)
      fail(
        `Resend did not send broadcast ${created.id}: ${sent.error}. The draft is kept; send it from Resend or run this again with --send.`,
      );
    console.log(`Broadcast ${created.id} sent to the newsletter segment.`);
  } else {
    console.log('Review it in Resend, then send it there, or run again with --send.');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

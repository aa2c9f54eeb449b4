/**
 * npm run announce -- <slug>          a Resend broadcast draft for a published post, to the newsletter segment
 * npm run announce -- <slug> --send   the same, then sends it
 * Reads the posts from `.contentlayer/generated` (run `npm run content` or a build first).
 */
import './lib/env';
import fs from 'node:fs';
import path from 'node:path';
import { mailConfig } from '@/lib/mail/config';
import { resendClient, resendTimeout } from '@/lib/mail/resend';
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

const { from, segmentId, audienceId } = mailConfig();
if (!segmentId && !audienceId)
  fail(
    'Not announced: set RESEND_SEGMENT_ID (or RESEND_AUDIENCE_ID) to the segment of newsletter subscribers.',
  );
if (send && !practice.postalAddress) {
  fail(
    'Not sent: add the practice\'s postal address ("postalAddress" in content/practice.json); the law (CAN-SPAM) requires it in every newsletter.',
  );
}
const client = resendClient('kap-site-cli');
if (!client) fail('Not announced: RESEND_API_KEY is not set.');
const resend = client;

async function main() {
  const email = await announcementEmail(post);
  const created = await resend.broadcasts.create(
    {
      name: `New post: ${post.title}`,
      ...(segmentId ? { segmentId } : { audienceId }),
      from,
      subject: email.subject,
      previewText: email.previewText,
      html: email.html,
      text: email.text,
    },
    { signal: resendTimeout() },
  );
  if (created.error) fail(`Resend did not create the broadcast: ${created.error.message}`);
  console.log(`Broadcast draft ${created.data.id} created for "${post.title}".`);
  if (!practice.postalAddress)
    console.warn(
      'Note: content/practice.json has no postalAddress yet; add it before sending (CAN-SPAM).',
    );

  if (send) {
    const sent = await resend.broadcasts.send(created.data.id, undefined, {
      signal: resendTimeout(),
    });
    if (sent.error)
      fail(
        `Resend did not send broadcast ${created.data.id}: ${sent.error.message}. The draft is kept; send it from Resend or run this again with --send.`,
      );
    console.log(`Broadcast ${created.data.id} sent to the newsletter segment.`);
  } else {
    console.log('Review it in Resend, then send it there, or run again with --send.');
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

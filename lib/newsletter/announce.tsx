import { render, toPlainText } from '@react-email/render';
import { PostAnnouncement } from '@/lib/emails/PostAnnouncement';
import { postStatus, type PostLike } from '@/lib/posts/queries';
import { practice } from '@/lib/practice';
import { absoluteUrl } from '@/lib/site';

/** Resend replaces this in a broadcast with each contact's own unsubscribe link. */
export const RESEND_UNSUBSCRIBE_URL = '{{{RESEND_UNSUBSCRIBE_URL}}}';

export interface AnnouncedPost extends PostLike {
  summary: string;
}

export type AnnouncementCheck = { ok: true; post: AnnouncedPost } | { ok: false; reason: string };

/** Only a published post may be announced: not a draft, not one dated in the future, not a typo. */
export function findAnnounceablePost(
  posts: readonly AnnouncedPost[],
  slug: string,
  now = new Date(),
): AnnouncementCheck {
  const post = posts.find((p) => p.slug === slug);
  if (!post) {
    const known = posts.filter((p) => postStatus(p, now) === 'published').map((p) => p.slug);
    return {
      ok: false,
      reason: `No post has the slug "${slug}". Published posts: ${known.join(', ') || 'none'}.`,
    };
  }
  const status = postStatus(post, now);
  if (status === 'draft')
    return {
      ok: false,
      reason: `"${post.title}" is a draft (draft: true in its front matter). Publish it before announcing it.`,
    };
  if (status === 'scheduled') {
    return {
      ok: false,
      reason: `"${post.title}" is scheduled for ${post.date.slice(0, 10)} and not published yet. Announce it on or after that day.`,
    };
  }
  return { ok: true, post };
}

export async function announcementEmail(post: AnnouncedPost) {
  const element = (
    <PostAnnouncement
      practiceName={practice.practiceName}
      title={post.title}
      summary={post.summary}
      url={absoluteUrl(`/blog/${post.slug}`)}
      unsubscribeUrl={RESEND_UNSUBSCRIBE_URL}
      postalAddress={practice.postalAddress}
    />
  );
  const html = await render(element);
  const text = toPlainText(html);
  return { subject: post.title, html, text, previewText: post.summary };
}

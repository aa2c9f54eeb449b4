import { slug as slugify } from 'github-slugger';

/** The fields the queries need; contentlayer's generated Post has them all. */
export interface PostLike {
  slug: string;
  title: string;
  date: string;
  draft: boolean;
  tags: string[];
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

export interface Visibility {
  now: Date;
  /** Show drafts and future-dated posts (in `npm run dev`), never in production. */
  includeUnpublished: boolean;
}

export const POSTS_PER_PAGE = 10;

export function postStatus(post: PostLike, now: Date): PostStatus {
  if (post.draft) return 'draft';
  return new Date(post.date).getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** The posts a reader may see, newest first (ties by title, so the order is stable). */
export function visiblePosts<P extends PostLike>(
  posts: readonly P[],
  { now, includeUnpublished }: Visibility,
): P[] {
  return posts
    .filter((post) => includeUnpublished || postStatus(post, now) === 'published')
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

export function tagSlug(tag: string): string {
  return slugify(tag);
}

export interface Tag {
  slug: string;
  name: string;
  count: number;
}

/** Every tag of the given posts, by how many posts carry it, then by name. */
export function tagsOf(posts: readonly PostLike[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const post of posts) {
    for (const name of new Set(post.tags)) {
      const slug = tagSlug(name);
      const tag = tags.get(slug) ?? { slug, name, count: 0 };
      tag.count += 1;
      tags.set(slug, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function postsTagged<P extends PostLike>(posts: readonly P[], slug: string): P[] {
  return posts.filter((post) => post.tags.some((tag) => tagSlug(tag) === slug));
}

/** Up to `limit` other posts, those sharing the most tags first, then the newest. */
export function relatedPosts<P extends PostLike>(
  posts: readonly P[],
  post: PostLike,
  limit = 3,
): P[] {
  const mine = new Set(post.tags.map(tagSlug));
  return posts
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => mine.has(tagSlug(tag))).length }))
    .sort((a, b) => b.shared - a.shared || b.other.date.localeCompare(a.other.date))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The newer and older neighbours of a post in a newest-first list. */
export function adjacentPosts<P extends PostLike>(posts: readonly P[], slug: string) {
  const index = posts.findIndex((post) => post.slug === slug);
  if (index === -1) return { newer: undefined, older: undefined };
  return { newer: posts[index - 1], older: posts[index + 1] };
}

export interface Page<P> {
  posts: P[];
  page: number;
  totalPages: number;
}

/** Page `page` (from 1) of the list, or null when there is no such page. */
export function paginate<P>(
  posts: readonly P[],
  page: number,
  perPage = POSTS_PER_PAGE,
): Page<P> | null {
  const totalPages = Math.max(1, Math.ceil(posts.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { posts: posts.slice((page - 1) * perPage, page * perPage), page, totalPages };
}

/** "September 23, 2025": dates are calendar days, so they are shown in UTC. */
export function formatPostDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

import { allPosts, type Post } from 'contentlayer/generated';
import {
  adjacentPosts,
  paginate,
  postStatus,
  postsTagged,
  relatedPosts,
  tagsOf,
  tagSlug,
  visiblePosts,
  type Visibility,
} from './queries';

export type { Post };
export { formatPostDate, postStatus, POSTS_PER_PAGE } from './queries';

function visibility(): Visibility {
  return { now: new Date(), includeUnpublished: process.env.NODE_ENV !== 'production' };
}

/**
 * The visible posts and an index by slug, worked out once per process: every page of the build asks
 * for them (a post's page, its metadata, its neighbours, its related posts, its Open Graph image),
 * and sorting every post again for each of a thousand posts made the build grow with the square of
 * their number. Which posts are visible is decided at the build (a scheduled post appears with the
 * first build on or after its date); `next dev` reloads this module when a post changes.
 */
let visible: { posts: Post[]; bySlug: Map<string, Post> } | undefined;

function visibleNow() {
  if (!visible) {
    const posts = visiblePosts(allPosts, visibility());
    visible = { posts, bySlug: new Map(posts.map((post) => [post.slug, post])) };
  }
  return visible;
}

/** Posts a reader may see, newest first. In production: no drafts, nothing dated in the future. */
export function getPosts(): Post[] {
  return visibleNow().posts;
}

export function getPost(slug: string): Post | undefined {
  return visibleNow().bySlug.get(slug);
}

export function getPostsPage(page: number) {
  return paginate(getPosts(), page);
}

export function getTags() {
  return tagsOf(getPosts());
}

export function getTag(slug: string) {
  const tag = getTags().find((t) => t.slug === slug);
  return tag && { ...tag, posts: postsTagged(getPosts(), slug) };
}

export function getRelatedPosts(post: Post, limit = 3): Post[] {
  return relatedPosts(getPosts(), post, limit);
}

export function getAdjacentPosts(slug: string) {
  return adjacentPosts(getPosts(), slug);
}

export function getPostStatus(post: Post) {
  return postStatus(post, new Date());
}

/** Posts about KAP carry the medical note. */
export function isKapPost(post: Pick<Post, 'tags'>): boolean {
  return post.tags.some((tag) => tagSlug(tag) === 'kap');
}
export { tagSlug };

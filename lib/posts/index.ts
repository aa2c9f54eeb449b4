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

/** Posts a reader may see, newest first. In production: no drafts, nothing dated in the future. */
export function getPosts(): Post[] {
  return visiblePosts(allPosts, visibility());
}

export function getPost(slug: string): Post | undefined {
  return getPosts().find((post) => post.slug === slug);
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

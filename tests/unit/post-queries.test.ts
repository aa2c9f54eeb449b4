import { describe, expect, it } from 'vitest';
import {
  adjacentPosts,
  formatPostDate,
  paginate,
  postStatus,
  postsTagged,
  relatedPosts,
  tagsOf,
  visiblePosts,
  type PostLike,
} from '@/lib/posts/queries';

const now = new Date('2026-03-01T12:00:00Z');

function post(slug: string, date: string, extra: Partial<PostLike> = {}): PostLike {
  return { slug, title: slug, date: `${date}T00:00:00.000Z`, draft: false, tags: [], ...extra };
}

const published = [
  post('older', '2025-01-10', { tags: ['KAP', 'Motherhood'] }),
  post('newest', '2026-02-20', { tags: ['KAP', 'Motherhood'] }),
  post('middle', '2025-09-23', { tags: ['Motherhood'] }),
];
const draft = post('a-draft', '2025-12-01', { draft: true, tags: ['KAP'] });
const future = post('scheduled', '2026-03-02', { tags: ['Sleep'] });
const all = [...published, draft, future];

describe('visiblePosts', () => {
  it('lists published posts newest first', () => {
    expect(visiblePosts(all, { now, includeUnpublished: false }).map((p) => p.slug)).toEqual([
      'newest',
      'middle',
      'older',
    ]);
  });

  it('hides drafts and future-dated posts in production', () => {
    const slugs = visiblePosts(all, { now, includeUnpublished: false }).map((p) => p.slug);
    expect(slugs).not.toContain('a-draft');
    expect(slugs).not.toContain('scheduled');
  });

  it('shows drafts and scheduled posts while writing, still newest first', () => {
    expect(visiblePosts(all, { now, includeUnpublished: true }).map((p) => p.slug)).toEqual([
      'scheduled',
      'newest',
      'a-draft',
      'middle',
      'older',
    ]);
  });

  it('publishes a post on its day', () => {
    const today = post('today', '2026-03-01');
    expect(postStatus(today, now)).toBe('published');
    expect(postStatus(future, now)).toBe('scheduled');
    expect(postStatus(draft, now)).toBe('draft');
  });
});

describe('tags', () => {
  const visible = visiblePosts(all, { now, includeUnpublished: false });

  it('counts only visible posts and orders tags by use', () => {
    expect(tagsOf(visible)).toEqual([
      { slug: 'motherhood', name: 'Motherhood', count: 3 },
      { slug: 'kap', name: 'KAP', count: 2 },
    ]);
  });

  it('finds a tag’s posts by its slug', () => {
    expect(postsTagged(visible, 'kap').map((p) => p.slug)).toEqual(['newest', 'older']);
    expect(postsTagged(visible, 'sleep')).toEqual([]);
  });

  it('makes URL-safe tag slugs', () => {
    expect(
      tagsOf([post('x', '2025-01-01', { tags: ['Postpartum Anxiety', 'EMDR & IFS'] })]).map(
        (t) => t.slug,
      ),
    ).toEqual(['emdr--ifs', 'postpartum-anxiety']);
  });
});

describe('related and adjacent posts', () => {
  const visible = visiblePosts(all, { now, includeUnpublished: false });

  it('puts posts sharing the most tags first and never the post itself', () => {
    const newest = visible[0]!;
    expect(relatedPosts(visible, newest).map((p) => p.slug)).toEqual(['older', 'middle']);
  });

  it('gives the newer and older neighbours', () => {
    expect(adjacentPosts(visible, 'middle')).toEqual({ newer: visible[0], older: visible[2] });
    expect(adjacentPosts(visible, 'newest').newer).toBeUndefined();
    expect(adjacentPosts(visible, 'missing')).toEqual({ newer: undefined, older: undefined });
  });
});

describe('paginate', () => {
  const many = Array.from({ length: 23 }, (_, i) => i);

  it('splits into pages of ten', () => {
    expect(paginate(many, 1)).toEqual({ posts: many.slice(0, 10), page: 1, totalPages: 3 });
    expect(paginate(many, 3)?.posts).toEqual([20, 21, 22]);
  });

  it('has no page 0, past the end or between numbers', () => {
    expect(paginate(many, 0)).toBeNull();
    expect(paginate(many, 4)).toBeNull();
    expect(paginate(many, 1.5)).toBeNull();
  });

  it('always has a first page, even without posts', () => {
    expect(paginate([], 1)).toEqual({ posts: [], page: 1, totalPages: 1 });
  });
});

describe('formatPostDate', () => {
  it('writes the date out in US English, the same day in every time zone', () => {
    expect(formatPostDate('2025-09-23T00:00:00.000Z')).toBe('September 23, 2025');
  });
});

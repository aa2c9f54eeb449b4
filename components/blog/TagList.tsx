import { Link } from '@/components/Link';
import { tagSlug } from '@/lib/posts/queries';

export function TagList({ tags, label = 'Tags' }: { tags: string[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/blog/tags/${tagSlug(tag)}`} className="tag-chip">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { formatPostDate, type PostStatus } from '@/lib/posts/queries';

interface PostMetaProps {
  date: string;
  updated?: string;
  readingMinutes: number;
  status?: PostStatus;
}

const statusLabel: Record<Exclude<PostStatus, 'published'>, string> = {
  draft: 'Draft — hidden in production',
  scheduled: 'Scheduled — hidden in production until its date',
};

export function PostMeta({ date, updated, readingMinutes, status = 'published' }: PostMetaProps) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-soft">
      <span>
        <span className="sr-only">Published </span>
        <time dateTime={date.slice(0, 10)}>{formatPostDate(date)}</time>
      </span>
      {updated && (
        <>
          <span aria-hidden="true">·</span>
          <span>
            Updated <time dateTime={updated.slice(0, 10)}>{formatPostDate(updated)}</time>
          </span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <span>{readingMinutes} min read</span>
      {status !== 'published' && (
        <strong className="rounded-full bg-clay-soft px-2 py-0.5 text-xs text-clay">
          {statusLabel[status]}
        </strong>
      )}
    </p>
  );
}

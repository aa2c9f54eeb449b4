import { CopyLinkButton } from './CopyLinkButton';
import { shareLinks } from '@/lib/share';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="grid gap-3">
      <h2 id="share-heading" className="font-sans text-base font-bold">
        Share this post
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {shareLinks(url, title).map((link) => (
          <li key={link.network}>
            <a
              href={link.href}
              className="button-small"
              {...(link.href.startsWith('mailto:')
                ? {}
                : { target: '_blank', rel: 'noopener noreferrer' })}
            >
              {link.network}
              {!link.href.startsWith('mailto:') && (
                <span className="sr-only"> (opens in a new tab)</span>
              )}
            </a>
          </li>
        ))}
        <li className="flex items-center gap-2">
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}

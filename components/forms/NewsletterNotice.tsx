import { Link } from '@/components/Link';
import { PageIntro } from '@/components/layout/PageIntro';

/** The frame of the newsletter's own pages (confirm, subscribed, unsubscribe). */
export function NewsletterNotice({
  title,
  children,
}: {
  title: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-10 sm:px-6 sm:py-14">
      <PageIntro title={title} />
      <div className="grid max-w-measure gap-4 text-lg">{children}</div>
      <p>
        <Link href="/blog" className="link inline-block min-h-6">
          Read the blog
        </Link>
      </p>
    </div>
  );
}

export function SignUpAgain() {
  return (
    <p>
      <Link href="/#newsletter" className="button-secondary">
        Sign up again
      </Link>
    </p>
  );
}

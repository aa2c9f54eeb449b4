import { NewsletterForm } from './NewsletterForm';
import { newsletterEmailMaxLength } from '@/lib/forms/newsletter-schema';

/** The newsletter sign-up that ends every post and the home page. */
export function NewsletterSignup() {
  return (
    <section
      id="newsletter"
      aria-labelledby="newsletter-heading"
      className="rounded-card border border-line bg-white p-6 sm:p-8"
    >
      <h2 id="newsletter-heading" className="text-2xl font-semibold">
        Sign up to my newsletter
      </h2>
      <p className="mt-2 text-ink-soft">Get updated with some helpful articles.</p>
      <NewsletterForm emailMaxLength={newsletterEmailMaxLength} />
    </section>
  );
}

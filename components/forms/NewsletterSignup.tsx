import { NewsletterForm } from './NewsletterForm';
import { fill, siteText } from '@/lib/content/site-text';
import { newsletterEmailMaxLength } from '@/lib/forms/newsletter-schema';

/** The newsletter sign-up that ends every post and the home page (its words: content/site.json). */
export function NewsletterSignup() {
  const text = siteText.newsletter;
  return (
    <section
      id="newsletter"
      aria-labelledby="newsletter-heading"
      className="rounded-card border border-line bg-white p-6 sm:p-8"
    >
      <h2 id="newsletter-heading" className="text-2xl font-semibold">
        {fill(text.heading)}
      </h2>
      <p className="mt-2 text-ink-soft">{fill(text.text)}</p>
      <NewsletterForm emailMaxLength={newsletterEmailMaxLength} terms={fill(text.terms)} />
    </section>
  );
}

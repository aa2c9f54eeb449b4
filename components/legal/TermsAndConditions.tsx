import { Link } from '@/components/Link';
import { ContactForPrivacy } from './ContactForPrivacy';
import { formatLegalDate, legalEffectiveDate } from '@/lib/legal';
import { practice as defaultPractice, telehealthLine, type Practice } from '@/lib/practice';

/** The terms of using the site and its newsletter. */
export function TermsAndConditions({ practice = defaultPractice }: { practice?: Practice }) {
  const name = practice.practiceName;
  const telehealth = telehealthLine(practice);
  return (
    <div className="prose prose-lg prose-practice max-w-measure">
      <p>
        <strong>Effective {formatLegalDate(legalEffectiveDate)}.</strong> These terms apply to this
        website and the newsletter of {name} (“the practice”, “we”). By using the site, or by
        signing up for the newsletter, you agree to them.
      </p>

      <h2>Not medical advice</h2>
      <p>
        The articles and pages on this site are education, not medical or mental health advice,
        diagnosis or treatment. Ketamine is used off-label for mental health; the therapist does not
        prescribe medication, and a licensed medical provider decides whether any medicine is right
        for you. Talk with your own health care providers before making decisions about your care.
      </p>

      <h2>No therapist–client relationship</h2>
      <p>
        Reading this site, writing to the practice, requesting a free consultation or subscribing to
        the newsletter does not create a therapist–client relationship. That relationship begins
        only when you and the therapist agree to work together and you have completed the practice’s
        intake
        {telehealth && <>; the therapist can only work with clients located in {telehealth}</>}.
      </p>

      <h2>Not for emergencies</h2>
      <p>
        This website, its forms and its e-mail are not monitored around the clock and must not be
        used in an emergency. If you are in immediate danger, call 911. You can call or text 988
        (Suicide &amp; Crisis Lifeline) at any time, or text HOME to 741741 (Crisis Text Line). More
        lines are listed at the bottom of every page.
      </p>

      <h2>The newsletter</h2>
      <p>
        The newsletter brings new articles and news from the practice by e-mail. You join by
        entering your e-mail address and following the link in the confirmation e-mail we send you;
        you can leave at any time with the unsubscribe link in every issue. How we handle your
        address is explained in the <Link href="/privacy">privacy policy</Link>.
      </p>

      <h2>Consultation requests</h2>
      <p>
        Please share contact details only, not private health information, when you request a
        consultation. Sending one does not guarantee an appointment.
      </p>

      <h2>Content and links</h2>
      <p>
        The writing on this site belongs to the practice; you are welcome to share links to it.
        Links to other websites are offered for convenience; we are not responsible for their
        content.
      </p>

      <h2>Changes and questions</h2>
      <p>
        We may update these terms; the effective date above shows when they last changed. These
        terms are governed by the laws of the State of California. Questions:{' '}
        <ContactForPrivacy practice={practice} />.
      </p>
    </div>
  );
}

import { Link } from '@/components/Link';
import { ContactForPrivacy } from './ContactForPrivacy';
import { formatLegalDate, legalEffectiveDate, retention } from '@/lib/legal';
import { practice as defaultPractice, type Practice } from '@/lib/practice';

/** The privacy policy (CalOPPA): what each form collects, who processes it, for how long, your choices. */
export function PrivacyPolicy({ practice = defaultPractice }: { practice?: Practice }) {
  const name = practice.practiceName;
  return (
    <div className="prose prose-lg prose-practice max-w-measure">
      <p>
        <strong>Effective {formatLegalDate(legalEffectiveDate)}.</strong> This policy explains what{' '}
        {name} (“the practice”, “we”) collects through this website, why, who processes it, how long
        it is kept and how to ask for its deletion.
      </p>

      <h2>In short</h2>
      <ul>
        <li>
          This site has no analytics, no advertising, no tracking pixels, no third-party scripts and
          no cookies.
        </li>
        <li>
          It collects what you type into its two forms, to answer you and to send the newsletter you
          ask for, and nothing else beyond a short-lived count used to stop spam.
        </li>
        <li>We never sell or share your information for advertising.</li>
      </ul>

      <h2>What each form collects</h2>
      <h3>The free consultation request</h3>
      <p>To reply to your request, the form asks for:</p>
      <ul>
        <li>your name and e-mail address;</li>
        <li>your phone number, if you choose to give it;</li>
        <li>how and when you prefer to be reached;</li>
        <li>what you are interested in (KAP, therapy for moms, or not sure yet);</li>
        <li>whether you prefer to meet in person or by telehealth;</li>
        <li>
          whether you are located in California (the therapist can only see clients located in
          California);
        </li>
        <li>a short message, if you choose to write one;</li>
        <li>your consent to be contacted about your request, and when you sent it.</li>
      </ul>
      <p>
        The form does not ask for health information. Please do not include private health details
        in your message: we will talk about what brings you in during the call. A consultation
        request never signs you up for the newsletter.
      </p>
      <h3>The newsletter</h3>
      <p>
        The sign-up form asks only for your e-mail address. We send a confirmation e-mail first
        (double opt-in): your address joins the mailing list only after you follow the link in it.
        Every newsletter has an unsubscribe link.
      </p>
      <h3>What the server records</h3>
      <p>
        To stop spam, the site counts recent submissions per network (IP) address and keeps that
        count only for a short time. Like any website, the company that hosts it may keep standard
        server logs (IP address, browser type, pages requested) to run and protect the service.
      </p>

      <h2>Who processes it</h2>
      <ul>
        <li>
          <strong>The host</strong> of this website stores the site and the database in which form
          submissions are kept.
        </li>
        <li>
          <strong>
            <a href="https://resend.com/legal/privacy-policy" rel="noopener noreferrer">
              Resend
            </a>
          </strong>{' '}
          delivers the practice’s e-mails (the confirmation you receive and the notification the
          therapist receives) and keeps the newsletter’s list of subscribers.
        </li>
        <li>
          <strong>The practice’s e-mail inbox</strong> receives the notification of your
          consultation request, so the therapist can reply to you.
        </li>
      </ul>
      <p>
        They process your information only to provide these services to the practice. We do not
        allow other third parties to collect information about your activity on this site, over time
        or across other websites.
      </p>

      <h2>How long it is kept</h2>
      <ul>
        <li>Consultation requests: {retention.consultation}.</li>
        <li>
          Newsletter: your address is kept {retention.newsletter}; {retention.unconfirmedNewsletter}
          .
        </li>
      </ul>

      <h2>Your choices and rights</h2>
      <p>
        You can ask to see, correct or delete what the practice holds about you at any time:{' '}
        <ContactForPrivacy practice={practice} />. We will confirm once it is done. To stop the
        newsletter, use the unsubscribe link at the bottom of any issue.
      </p>

      <h2>Do Not Track</h2>
      <p>
        Your browser may send a “Do Not Track” signal. This site does not track you across websites
        or over time, and no third party does so through it, so there is nothing for the signal to
        switch off: it is treated the same as if it were on.
      </p>

      <h2>Children</h2>
      <p>
        This site is meant for adults. We do not knowingly collect information from children under
        13.
      </p>

      <h2>Changes to this policy</h2>
      <p>
        When this policy changes, we update it on this page and change its effective date at the
        top. See also the <Link href="/terms">terms and conditions</Link>.
      </p>
    </div>
  );
}

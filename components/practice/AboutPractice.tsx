import { Link } from '@/components/Link';
import { PracticeFacts } from './PracticeFacts';
import { Section } from '@/components/layout/Section';
import { kapArticlePath, kapPagePath } from '@/lib/kap';
import { consultationLink } from '@/lib/navigation';
import {
  cityLine,
  practice as defaultPractice,
  telehealthLine,
  type Practice,
} from '@/lib/practice';

export function aboutTitle(practice: Practice = defaultPractice): string {
  return practice.therapist.fullName
    ? `About ${practice.therapist.fullName}`
    : 'About the practice';
}

/** The about page's body: her own words when she has written them, the article's facts always. */
export function AboutPractice({ practice = defaultPractice }: { practice?: Practice }) {
  const { bio } = practice.therapist;
  const telehealth = telehealthLine(practice);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
      <div className="grid gap-12">
        {bio.length > 0 && (
          <Section title="In my own words">
            <div className="grid max-w-measure gap-4 text-lg">
              {bio.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
            </div>
          </Section>
        )}

        <Section title="Why I work with moms">
          <div className="grid max-w-measure gap-4 text-lg">
            <blockquote className="border-l-4 border-clay/40 pl-4 font-serif text-xl italic text-ink">
              “I have found that Moms often don’t give enough room for themselves to authentically
              explore their emotions because we spend so much of our day worrying about everyone
              else.”
            </blockquote>
            <p>
              This practice is for mothers who have endured trauma, or been depressed and anxious
              for a long time with little to no relief from SSRIs or traditional talk therapy; for
              moms who feel “stuck” in negative patterns or overwhelmed by their history, and who
              want a deeper, integrative approach to healing.
            </p>
          </div>
        </Section>

        <Section title="How I work">
          <div className="grid max-w-measure gap-4 text-lg">
            <p>
              I offer{' '}
              <Link href={kapPagePath} className="link">
                Ketamine-Assisted Psychotherapy (KAP)
              </Link>{' '}
              alongside talk therapy, EMDR (Eye Movement Desensitization and Reprocessing) and IFS
              (Internal Family Systems).
            </p>
            <p>
              KAP is not just one dosing session: it includes preparation and integration sessions
              before and after it, to help you process and apply the insights you gain. During
              integration I might add in other therapeutic techniques like EMDR or IFS.
            </p>
            <p>
              I do not prescribe medication. For KAP, I refer you to a trusted psychiatrist who
              evaluates you for a ketamine prescription; during the medicine session I take your
              vitals and stay with you throughout.
            </p>
            <p>
              <Link href={kapArticlePath} className="link">
                Read my article on KAP for moms
              </Link>
            </p>
          </div>
        </Section>

        <Section title={`In ${practice.location.city} and by telehealth`}>
          <div className="grid max-w-measure gap-4 text-lg">
            <p>
              I see clients in person in {cityLine(practice)}
              {telehealth && <> and by telehealth anywhere in {telehealth}</>}. For a KAP medicine
              session you can have me at home with you, or I can join by telehealth when another
              person is with you at home.
            </p>
            {telehealth && (
              <p>
                I can only work with clients who are located in {telehealth} at the time of their
                sessions.
              </p>
            )}
          </div>
        </Section>
      </div>

      <aside aria-label="Practice details" className="grid gap-4 lg:sticky lg:top-6">
        <PracticeFacts practice={practice} />
        <ul className="grid gap-1 px-1">
          <li>
            <Link href="/fees" className="link inline-block py-1">
              Fees and policies
            </Link>
          </li>
          <li>
            <Link href={consultationLink.href} className="link inline-block py-1">
              {consultationLink.label}
            </Link>
          </li>
        </ul>
      </aside>
    </div>
  );
}

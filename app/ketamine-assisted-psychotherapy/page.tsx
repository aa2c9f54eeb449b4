import type { Metadata } from 'next';
import { Link } from '@/components/Link';
import { PageIntro } from '@/components/layout/PageIntro';
import { Section } from '@/components/layout/Section';
import { ConsultationCta } from '@/components/practice/ConsultationCta';
import { Faq } from '@/components/practice/Faq';
import { KapSteps } from '@/components/practice/KapSteps';
import { MedicalNote } from '@/components/practice/MedicalNote';
import { JsonLd } from '@/components/seo/JsonLd';
import {
  kapArticlePath,
  kapDefinition,
  kapFaq,
  kapMayHelp,
  kapPagePath,
  kapReports,
  kapSafety,
} from '@/lib/kap';
import { cityLine, practice, telehealthLine } from '@/lib/practice';
import { breadcrumbJsonLd, faqJsonLd } from '@/lib/structured-data';

const title = `Ketamine-Assisted Psychotherapy for Moms in ${practice.location.city}`;

export const metadata: Metadata = {
  title,
  description: `What Ketamine-Assisted Psychotherapy (KAP) is, how it helps moms, what a session looks like, safety and who may benefit: KAP in ${cityLine()} and by telehealth.`,
  alternates: { canonical: kapPagePath },
};

export default function KapPage() {
  const telehealth = telehealthLine();
  const faq = kapFaq(telehealth);
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Ketamine-Assisted Psychotherapy', path: kapPagePath },
        ])}
      />
      <JsonLd data={faqJsonLd(faq)} />
      <div className="mx-auto grid max-w-3xl gap-14 px-4 py-10 sm:px-6 sm:py-14">
        <div className="grid gap-6">
          <PageIntro title={title}>
            <p>
              {kapDefinition} For moms who have endured trauma, or been depressed and anxious for a
              long time with little to no relief from SSRIs or traditional talk therapy.
            </p>
          </PageIntro>
          <MedicalNote />
        </div>

        <Section title="What is KAP?">
          <div className="grid max-w-measure gap-4 text-lg">
            <p>
              KAP combines the therapeutic use of ketamine — a medication that has been safely used
              in medical settings for decades and is FDA approved — with the support of a trained
              therapist. Using ketamine alone does not elicit the same responses as it does when
              combined with therapy.
            </p>
            <p>
              KAP is not just one dosing session. It includes preparation and integration sessions
              before and after the dosing session, to help you process and apply the insights you
              gain. In the dosing session, typically a 3-hour appointment in person or by
              telehealth, we address stuck beliefs, patterns, feeling states and memories, so that
              you can feel through them without getting overwhelmed, with compassion and your
              therapist literally by your side.
            </p>
          </div>
        </Section>

        <Section title="How KAP helps moms">
          <div className="grid max-w-measure gap-4 text-lg">
            <p>
              Research suggests ketamine can create a unique state of openness, making it easier to
              explore difficult emotions or memories in therapy. There is a physical and a mental
              side to it:
            </p>
            <ul className="grid list-disc gap-3 pl-6 marker:text-clay">
              <li>
                <strong>The medicine.</strong> Ketamine interacts with six neurotransmitters at once
                — dopamine, serotonin, acetylcholine, glutamate, norepinephrine and GABA — which
                together help calm the nervous system. Glutamate supports neuroplasticity, which
                helps mothers look back at things like a traumatic delivery or childhood events and
                release the emotional pain tied to the memory.
              </li>
              <li>
                <strong>The break.</strong> A medicine session is three relaxing hours in the
                comfort of your own home. Since you cannot drive for the rest of the day, most moms
                take it to rest or be creative: a break from cooking, cleaning, school pick-ups and
                errands. Time truly just for you.
              </li>
            </ul>
            <p>In the therapist’s words, many moms report:</p>
            <ul className="grid list-disc gap-2 pl-6 marker:text-clay">
              {kapReports.map((report) => (
                <li key={report.title}>
                  <strong>{report.title}:</strong> {report.text}
                </li>
              ))}
            </ul>
            <p>
              KAP isn’t a quick fix, and no one can promise how it will go for you. For many moms,
              it opens a door.
            </p>
          </div>
        </Section>

        <Section
          title="What a session looks like"
          intro="Every therapist practices a little differently. Here is how a KAP journey with me goes."
        >
          <KapSteps detailed />
        </Section>

        <Section title="Is KAP safe?">
          <div className="grid max-w-measure gap-4 text-lg">
            <p>Safety is always the top priority. Here is what you should know:</p>
            <ul className="grid list-disc gap-2 pl-6 marker:text-clay">
              {kapSafety.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>
              A psychiatrist evaluates you before any prescription, and your vitals are taken
              before, during and after the medicine session.
            </p>
          </div>
        </Section>

        <Section title="Who may benefit">
          <div className="grid max-w-measure gap-4 text-lg">
            <p>KAP may be especially helpful for moms who:</p>
            <ul className="grid list-disc gap-2 pl-6 marker:text-clay">
              {kapMayHelp.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>
              I offer KAP in {cityLine()}
              {telehealth && <> and by telehealth for moms located in {telehealth}</>}, as part of
              an integrative therapy practice for moms.
            </p>
          </div>
        </Section>

        <Section title="Questions moms ask">
          <Faq entries={faq} />
          <p className="text-lg">
            <Link href={kapArticlePath} className="link">
              Read the full article: Ketamine-Assisted Psychotherapy, a gentle path of healing for
              moms
            </Link>
          </p>
        </Section>

        <ConsultationCta heading="Curious whether KAP could be right for you?">
          You don’t have to figure it out alone. A free consultation is a short, no-pressure call to
          talk about what you are looking for and whether this approach fits your healing journey.
        </ConsultationCta>
      </div>
    </>
  );
}

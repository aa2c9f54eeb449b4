import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { slug } from 'github-slugger';
import { Link } from '@/components/Link';
import { FeeSchedule, PracticePolicies } from '@/components/practice/FeeSchedule';
import { Faq } from '@/components/practice/Faq';
import { KapSteps } from '@/components/practice/KapSteps';
import type { MdxComponentName } from '@/lib/content/mdx-vocabulary';
import {
  formatLegalDate,
  kapFaq,
  kapSteps,
  type PageData,
  type PageSlug,
} from '@/lib/content/pages';
import { settingNames, settingValues, type SettingName } from '@/lib/content/placeholders';
import { telHref, type Practice } from '@/lib/practice';
import { retentionDays } from '@/lib/leads/retention';

/** Internal links go through our Link (prefetched on intent); links elsewhere open without referrer. */
function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) return <Link href={href} {...props} />;
  return <a href={href} rel="noopener noreferrer" {...props} />;
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

interface PageContext {
  slug: PageSlug;
  data: PageData<PageSlug>;
  practice: Practice;
}

/**
 * The components a page's MDX body may use (lib/content/mdx-vocabulary.ts), bound to the page's
 * front matter and the practice's settings. Server-rendered: no JavaScript reaches the reader.
 */
export function pageMdxComponents({ data, practice }: PageContext) {
  const values = settingValues(practice);
  const isSet = (setting: string) => (values[setting as SettingName] ?? '') !== '';
  const IfSet = ({ setting, children }: { setting: string; children?: ReactNode }) =>
    isSet(setting) ? <>{children}</> : null;
  const IfEmpty = ({ setting, children }: { setting: string; children?: ReactNode }) =>
    isSet(setting) ? null : <>{children}</>;
  // A paragraph that is nothing but a conditional part which is off is left out, not left empty.
  const hidden = (child: ReactNode) =>
    (typeof child === 'string' && child.trim() === '') ||
    (isValidElement<{ setting: string }>(child) &&
      ((child.type === IfSet && !isSet(child.props.setting)) ||
        (child.type === IfEmpty && isSet(child.props.setting))));
  const Paragraph = ({ children, ...props }: ComponentProps<'p'>) =>
    Children.toArray(children).every(hidden) ? null : <p {...props}>{children}</p>;

  const placeholders = Object.fromEntries(
    settingNames.map((name) => [
      name,
      function Placeholder() {
        const value = values[name];
        if (name === 'Email' && value) return <a href={`mailto:${value}`}>{value}</a>;
        if (name === 'Phone' && value) return <a href={telHref(value)}>{value}</a>;
        return <>{value}</>;
      },
    ]),
  );

  const fees = 'fees' in data ? data.fees : undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX hands each component its own props
  const components: Record<MdxComponentName, (props: any) => ReactNode> = {
    ...(placeholders as Record<SettingName, () => ReactNode>),
    EffectiveDate: () =>
      'effectiveDate' in data && data.effectiveDate ? formatLegalDate(data.effectiveDate) : null,
    RetentionDays: ({ of }: { of: keyof typeof retentionDays }) => retentionDays[of],
    IfSet,
    IfEmpty,
    KapSteps: () => <KapSteps steps={kapSteps(practice)} detailed />,
    Faq: () => <Faq entries={kapFaq(practice)} />,
    FeeSchedule: () => (fees ? <FeeSchedule practice={practice} text={fees} /> : null),
    PracticePolicies: () => (fees ? <PracticePolicies practice={practice} text={fees} /> : null),
    TherapistBio: ({ heading }: { heading: string }) =>
      practice.therapist.bio.length > 0 ? (
        <>
          <h2 id={slug(heading)}>{heading}</h2>
          {/* Paragraphs of one text, in order: their place is their identity (two may read alike). */}
          {practice.therapist.bio.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </>
      ) : null,
    Notice: ({ children }: { children?: ReactNode }) => (
      <div className="notice-box">{children}</div>
    ),
    // An address of its own (`<Section id="risks">` → /ketamine-assisted-psychotherapy#risks) that
    // stays the same when the heading's words change.
    Section: ({ id, children }: { id: string; children?: ReactNode }) => (
      <section id={id} className="scroll-mt-6">
        {children}
      </section>
    ),
  };
  return {
    ...components,
    a: MdxLink,
    p: Paragraph,
    h2: (props: ComponentProps<'h2'>) => <h2 id={slug(textOf(props.children))} {...props} />,
    h3: (props: ComponentProps<'h3'>) => <h3 id={slug(textOf(props.children))} {...props} />,
  };
}

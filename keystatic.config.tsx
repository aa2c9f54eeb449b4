import { collection, config, fields, singleton } from '@keystatic/core';
import { block, inline, mark, wrapper } from '@keystatic/core/content-components';
import type { ContentComponent } from '@keystatic/core/content-components';
import { Icon } from '@keystar/ui/icon';
import { eyeIcon } from '@keystar/ui/icon/icons/eyeIcon';
import { eyeOffIcon } from '@keystar/ui/icon/icons/eyeOffIcon';
import { fieldsFor } from './lib/content/editor-fields';
import { mdxVocabulary, type VocabularyEntry } from './lib/content/mdx-vocabulary';
import { pageSchemas, pageSlugs, type PageSlug } from './lib/content/page-schema';
import { settingNames } from './lib/content/placeholders';
import { practiceSchema } from './lib/content/practice-schema';
import { siteTextSchema } from './lib/content/site-text-schema';

/**
 * The editor at /keystatic: the same posts, pages and settings as the build reads
 * (contentlayer.config.ts), with the fields made from the same zod schemas, so what it saves
 * passes the build. Local mode (`npm run dev`) writes the files of CONTENT_DIR; GitHub mode
 * (NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO set) commits them to the repository. See README, "Editing
 * the site".
 */

const githubRepo = process.env.NEXT_PUBLIC_KEYSTATIC_GITHUB_REPO as
  `${string}/${string}` | undefined;

const settingOptions = settingNames.map((name) => ({ label: name, value: name }));

/** The MDX components of one page (or of none, for posts), as the editor offers them. */
function componentsFor(page: PageSlug): Record<string, ContentComponent> {
  const entries = Object.entries(mdxVocabulary as Record<string, VocabularyEntry>).filter(
    ([, entry]) => entry.pages === 'all' || entry.pages.includes(page),
  );
  return Object.fromEntries(
    entries.map(([name, entry]): [string, ContentComponent] => {
      const { label } = entry;
      if (name === 'IfSet' || name === 'IfEmpty') {
        const icon = <Icon src={name === 'IfSet' ? eyeIcon : eyeOffIcon} />;
        const setting = fields.select({
          label: 'Setting',
          options: settingOptions,
          defaultValue: 'Email',
        });
        return [name, mark({ label, icon, schema: { setting }, className: 'ks-conditional' })];
      }
      if (name === 'RetentionDays') {
        const of = fields.select({
          label: 'Which records',
          options: [
            { label: 'Unconfirmed newsletter sign-ups', value: 'unconfirmedSignUp' },
            { label: 'Consultation requests', value: 'consultation' },
          ],
          defaultValue: 'unconfirmedSignUp',
        });
        return [name, inline({ label, schema: { of } })];
      }
      if (name === 'Section') {
        const id = fields.text({
          label: 'Address',
          description:
            'Links to it end in #address, e.g. risks for /ketamine-assisted-psychotherapy#risks',
          validation: { length: { min: 1, max: 40 } },
        });
        return [name, wrapper({ label, schema: { id } })];
      }
      if (name === 'TherapistBio') {
        return [name, block({ label, schema: { heading: fields.text({ label: 'Heading' }) } })];
      }
      if (entry.kind === 'wrapper') return [name, wrapper({ label, schema: {} })];
      if (entry.kind === 'block') return [name, block({ label, schema: {} })];
      return [name, inline({ label, schema: {} })];
    }),
  );
}

const pageLabels: Record<PageSlug, string> = {
  home: 'Home page',
  kap: 'KAP page',
  about: 'About page',
  fees: 'Fees page',
  privacy: 'Privacy policy',
  terms: 'Terms and conditions',
  accessibility: 'Accessibility statement',
};

const pages: Record<`page-${PageSlug}`, ReturnType<typeof singleton>> = Object.fromEntries(
  pageSlugs.map((slug) => [
    `page-${slug}`,
    singleton({
      label: pageLabels[slug],
      path: `content/pages/${slug}`,
      format: { contentField: 'body' },
      entryLayout: 'content',
      schema: {
        ...fieldsFor(
          pageSchemas[slug],
          {},
          {
            title:
              'Placeholders such as <City /> or <TherapistName /> are filled in from the settings',
          },
        ),
        body: fields.mdx({ label: 'Page', components: componentsFor(slug) }),
      },
    }),
  ]),
) as never;
const pageKeys = pageSlugs.map((slug) => `page-${slug}` as const);

export default config({
  storage: githubRepo ? { kind: 'github', repo: githubRepo } : { kind: 'local' },
  ui: {
    brand: { name: 'Practice website' },
    navigation: {
      Blog: ['posts'],
      Pages: pageKeys,
      Settings: ['practice', 'siteText'],
    },
  },
  collections: {
    posts: collection({
      label: 'Posts',
      slugField: 'title',
      path: 'content/blog/*',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title', 'date'],
      schema: {
        title: fields.slug({
          name: { label: 'Title', validation: { length: { min: 1, max: 120 } } },
          slug: { label: 'Address', description: 'The post’s address: /blog/<address>' },
        }),
        date: fields.date({
          label: 'Date',
          description: 'A future date schedules the post',
          defaultValue: { kind: 'today' },
          validation: { isRequired: true },
        }),
        summary: fields.text({
          label: 'Summary',
          description: 'Shown on the blog and in search results (20 to 300 characters)',
          multiline: true,
          validation: { length: { min: 20, max: 300 } },
        }),
        tags: fields.array(
          fields.text({ label: 'Tag', validation: { length: { min: 1, max: 40 } } }),
          {
            label: 'Tags',
            itemLabel: (props) => props.value,
          },
        ),
        draft: fields.checkbox({ label: 'Draft', description: 'Keep the post out of the site' }),
        updated: fields.date({ label: 'Updated', description: 'Day of the last real change' }),
        image: fields.image({
          label: 'Cover image',
          description: '1200×630 works best',
          directory: 'public/images/blog',
          publicPath: '/images/blog/',
        }),
        imageAlt: fields.text({
          label: 'Cover image description',
          description: 'What the image shows',
        }),
        body: fields.mdx({ label: 'Post', options: { image: false } }),
      },
    }),
  },
  singletons: {
    ...pages,
    practice: singleton({
      label: 'Practice details',
      path: 'content/practice',
      format: { data: 'json' },
      schema: fieldsFor(
        practiceSchema,
        {
          'therapist.photo': fields.image({
            label: 'Photo',
            description: 'A portrait for the home and about pages',
            directory: 'public/images/practice',
            publicPath: '/images/practice/',
          }),
        },
        {
          'therapist.fullName':
            'Shown with the licence in every footer once title and number are set too',
          'therapist.licenseTitle': 'Spelled out, e.g. Licensed Marriage and Family Therapist',
          'therapist.photoAlt': 'What the photo shows, for people who cannot see it',
          'therapist.bio': 'Your own words for the about page, one paragraph per item',
          'contact.email': 'Consultation requests go here unless PRACTICE_INBOX is set',
          postalAddress: 'Shown in every newsletter e-mail (required by CAN-SPAM)',
          replyTime: 'e.g. "within two business days": shown after a consultation request',
          telehealthStates: 'Where telehealth clients must be located',
        },
      ),
    }),
    siteText: singleton({
      label: 'Site text',
      path: 'content/site',
      format: { data: 'json' },
      schema: fieldsFor(siteTextSchema),
    }),
  },
});

import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { readingMinutes } from './lib/posts/reading-time';
import { postProblems } from './lib/posts/schema';

/**
 * A blog post: one MDX file in content/blog/. The file name is the URL slug.
 * Field types are checked here; the rules contentlayer cannot express (a summary long enough to
 * describe the post, an alt text for every cover image, …) live in lib/posts/schema.ts and run
 * as the `frontMatterChecked` field, so `contentlayer2 build` fails naming the file and field.
 */
export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'blog/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    summary: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    draft: { type: 'boolean', default: false },
    updated: { type: 'date' },
    image: { type: 'string' },
    imageAlt: { type: 'string' },
  },
  computedFields: {
    frontMatterChecked: {
      type: 'boolean',
      resolve: (post) => {
        // contentlayer hands lists over as its own array type: give zod a plain one.
        const problems = postProblems(post._raw.sourceFilePath, { ...post, tags: [...post.tags] });
        if (problems) throw new Error(problems);
        return true;
      },
    },
    slug: {
      type: 'string',
      resolve: (post) => post._raw.sourceFileName.replace(/\.mdx$/, ''),
    },
    readingMinutes: {
      type: 'number',
      resolve: (post) => readingMinutes(post.body.raw),
    },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirInclude: ['blog'],
  documentTypes: [Post],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
});

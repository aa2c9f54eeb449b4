import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { readingMinutes } from './lib/posts/reading-time';

/**
 * A blog post: one MDX file in content/blog/. The file name is the URL slug.
 * Field types are checked here; the rules contentlayer cannot express (dates that exist,
 * an alt text for every cover image, …) are checked in lib/posts/schema.ts, which the
 * build runs over every post and which names the file and field it rejects.
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

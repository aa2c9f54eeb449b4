import { z } from 'zod';

const isoDay = /^\d{4}-\d{2}-\d{2}/;

/**
 * The rules a post's front matter must follow beyond its field types. The build checks every
 * post against them (lib/posts/index.ts) and fails with the file and field it rejects.
 */
export const postFrontMatterSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'the title is empty')
      .max(120, 'keep the title under 120 characters'),
    summary: z
      .string()
      .trim()
      .min(
        20,
        'write a summary of at least 20 characters (it is the description search engines show)',
      )
      .max(300, 'keep the summary under 300 characters'),
    date: z.string().regex(isoDay, 'write the date as YYYY-MM-DD'),
    updated: z.string().regex(isoDay, 'write the date as YYYY-MM-DD').optional(),
    tags: z.array(
      z.string().trim().min(1, 'a tag is empty').max(40, 'keep each tag under 40 characters'),
    ),
    draft: z.boolean(),
    image: z
      .string()
      .regex(
        /^\/[^/]/,
        'put the image in public/ and write its path from "/", e.g. /images/cover.jpg',
      )
      .optional(),
    imageAlt: z.string().trim().min(1, 'the image description is empty').optional(),
  })
  .refine((post) => !post.image || post.imageAlt, {
    path: ['imageAlt'],
    message: 'describe the cover image in imageAlt (read aloud to people who cannot see it)',
  })
  .refine((post) => !post.updated || post.updated >= post.date, {
    path: ['updated'],
    message: 'the updated date is before the publication date',
  });

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;

/** Checks one post; returns a message naming the file and each wrong field, or null. */
export function postProblems(sourceFile: string, frontMatter: unknown): string | null {
  const result = postFrontMatterSchema.safeParse(frontMatter);
  if (result.success) return null;
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(front matter)'}: ${issue.message}`,
  );
  return `content/${sourceFile} has invalid front matter:\n${lines.join('\n')}`;
}

import { z } from 'zod';
import { isoDate, localeSchema, slugSchema } from './common';

// The frontmatter of every page and story. Limits follow what search engines and link previews show.
export const pageSchema = z
  .object({
    title: z.string({ error: 'is required' }).min(2, 'is too short').max(65, 'may be at most 65 characters (search results cut it off)'),
    description: z.string({ error: 'is required' }).min(50, 'needs at least 50 characters').max(160, 'may be at most 160 characters (link previews cut it off)'),
    locale: localeSchema,
    slug: slugSchema,
    translationKey: z.string({ error: 'is required: the same key as the twin page in the other language' }).regex(/^[a-z0-9-]+$/, 'may only use a-z, 0-9 and -'),
    reviewBy: isoDate,
    publishedAt: isoDate.optional(),
    draft: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

export const storySchema = pageSchema
  .extend({
    summary: z.string({ error: 'is required' }).min(20, 'is too short').max(160, 'may be at most 160 characters'),
    image: z.string().regex(/^\/images\/[\w./-]+$/, 'must be a path under /images/').optional(),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof pageSchema>;

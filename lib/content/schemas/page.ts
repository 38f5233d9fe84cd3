import { z } from 'zod';
import { isoDate, localeSchema, slugSchema } from './common';

// The frontmatter of every page and story. Limits follow what search engines and link previews show.
export const pageSchema = z
  .object({
    title: z.string().min(2, 'is too short').max(65, 'may be at most 65 characters (search results cut it off)').describe('the title of the page, shown in the browser tab and in search results (2 to 65 characters)'),
    description: z.string().min(50, 'needs at least 50 characters').max(160, 'may be at most 160 characters (link previews cut it off)').describe('one or two sentences for search results and link previews (50 to 160 characters)'),
    locale: localeSchema.describe('the language of the page: nl or en'),
    slug: slugSchema.describe('the address of the page after /nl/ or /en/, like gezondheid (empty for the home page)'),
    translationKey: z.string({ error: 'is required: the same key as the twin page in the other language' }).regex(/^[a-z0-9-]+$/, 'may only use a-z, 0-9 and -').describe('the same key as the twin page in the other language, like health'),
    reviewBy: isoDate.describe('the day by which an editor checks the page again, YYYY-MM-DD'),
    publishedAt: isoDate.optional().describe('the day the page is published, YYYY-MM-DD (leave it out to publish now)'),
    draft: z.boolean({ error: 'must be true or false' }).optional().describe('true keeps the page off the site'),
  })
  .strict();

export const storySchema = pageSchema
  .extend({
    summary: z.string().min(20, 'is too short').max(160, 'may be at most 160 characters').describe('one or two sentences for the list of stories (20 to 160 characters)'),
    image: z.string().regex(/^\/images\/[\w./-]+$/, 'must be a path under /images/').optional().describe('an image for the story, a path under /images/'),
  })
  .strict();

export type PageFrontmatter = z.infer<typeof pageSchema>;

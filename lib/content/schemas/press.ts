import { z } from 'zod';
import { isoDate, isRealDate, localeSchema, slugSchema } from './common';
import { say } from './dutch';

// Date and time with a time zone, for example 2025-05-22T10:00:00+02:00.
const dateTimeWithZone = z
  .string({ error: 'needs a date, time and time zone like 2025-05-22T10:00:00+02:00' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'needs a date, time and time zone like 2025-05-22T10:00:00+02:00');

// A release's date: a day (2025-05-22) when that is all the source proves, or a moment with its
// time zone when the time is known. Never a time nobody can show: a made-up 10:00 is a false fact.
const releaseDate = z
  .string({ error: "needs the date, in quotes, like '2025-05-22' (or a time with zone like 2025-05-22T10:00:00+02:00)" })
  .regex(/^\d{4}-\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, "needs a date like '2025-05-22', or a date, time and time zone like 2025-05-22T10:00:00+02:00")
  .refine((value) => !Number.isNaN(Date.parse(value)) && isRealDate(value), 'is not a real date');

const contactId = z.string({ error: 'is required: the id of a press contact' }).min(1, 'is required: the id of a press contact');

/**
 * What a release is. `announcement`: our plain-words summary of a government announcement, which
 * `original` links to. `site-news`: news this website writes about itself.
 */
export const releaseKinds = ['announcement', 'site-news'] as const;

export const pressSchema = z
  .object({
    title: z.string().min(2).max(65, 'may be at most 65 characters').describe('the title of the release (at most 65 characters)'),
    summary: z.string().min(20, 'is too short').max(160, 'may be at most 160 characters').describe('one or two sentences for the list of releases (20 to 160 characters)'),
    description: z.string().min(50).max(160).optional().describe('one or two sentences for search results and link previews (50 to 160 characters)'),
    locale: localeSchema.describe('the language of the release: nl or en'),
    slug: slugSchema.describe('the address of the release after /nl/ or /en/'),
    translationKey: z.string().regex(/^[a-z0-9-]+$/, 'may only use a-z, 0-9 and -').describe('the same key as the twin release in the other language'),
    kind: z.enum(releaseKinds, { error: 'must be announcement (a summary of a government announcement) or site-news (news about this website)' }).describe('announcement (a summary of a government announcement) or site-news (news about this website)'),
    original: z.url({ error: 'must be the full web address of the original announcement, starting with https://' }).regex(/^https:\/\//, 'must start with https://').optional().describe('the web address of the original announcement (only for an announcement)'),
    date: releaseDate.describe('the day the release is published, YYYY-MM-DD, or a time with its time zone'),
    embargo: dateTimeWithZone.optional().describe('when the release may be published: date, time and time zone'),
    // One press office, or a list of them (a release of two ministries names both).
    contact: z.union([contactId, z.array(contactId).min(1, 'needs at least one contact').max(3, 'may name at most three contacts')], { error: 'is required: the id of a press contact, or a list of ids like [vws, jenv]' }).describe('the press office(s) to contact: an id from content/press/contacts.yaml, or a list of ids'),
    reviewBy: isoDate.optional().describe('the day by which an editor checks the release again, YYYY-MM-DD'),
    draft: z.boolean().optional().describe('true keeps the release off the site'),
  })
  .strict()
  .superRefine((release, ctx) => {
    if (release.kind === 'announcement' && !release.original) ctx.addIssue({ code: 'custom', path: ['original'], message: say({ nl: 'is verplicht bij een announcement: het webadres van het origineel op rijksoverheid.nl', en: 'is required for an announcement: the web address of the original on rijksoverheid.nl' }) });
    if (release.kind === 'site-news' && release.original) ctx.addIssue({ code: 'custom', path: ['original'], message: say({ nl: 'hoort alleen bij een announcement; site-news heeft geen origineel ergens anders', en: 'belongs only to an announcement; site news has no original elsewhere' }) });
  });

/** The contact ids of a release, whether it names one or a list. */
export const contactIdsOf = (contact: unknown): string[] => (Array.isArray(contact) ? contact.filter((id): id is string => typeof id === 'string') : typeof contact === 'string' ? [contact] : []);

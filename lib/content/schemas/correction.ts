import { z } from 'zod';
import type { Bilingual } from '@/lib/check/lang';
import { bilingual, isoDate } from './common';
import { say } from './dutch';

const id = (what: Bilingual) =>
  z.string({ error: say({ nl: `moet ${what.nl} zijn`, en: `must be ${what.en}` }) }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, say({ nl: `moet ${what.nl} zijn (a-z, 0-9 en -)`, en: `must be ${what.en} (a-z, 0-9 and -)` }));

/**
 * One entry of the corrections log: content/corrections/<date>-<id>.yaml. The file name is the
 * entry's anchor on the corrections page (/nl/correcties/#<file name>), so it never changes.
 */
export const correctionSchema = z
  .object({
    date: isoDate.describe('the day the correction was made, YYYY-MM-DD'),
    title: bilingual({ nl: 'een korte titel: wat er is verbeterd', en: 'a short title: what was corrected' }),
    concerns: z
      .object({
        facts: z.array(id({ nl: 'een feit-id', en: 'a fact id' }), { error: 'must be a list of fact ids, like [soc-explosions-2024]' }).min(1, 'needs at least one fact id, or leave it out').optional().describe('the facts the correction is about, by id'),
        pages: z.array(id({ nl: 'de translationKey van een pagina, verhaal of persbericht', en: 'the translationKey of a page, story or press release' }), { error: 'must be a list of translationKeys, like [health, home]' }).min(1, 'needs at least one translationKey, or leave it out').optional().describe('the pages the correction is about, by translationKey'),
      }, { error: 'needs the facts and/or pages the correction is about: concerns: { pages: [health] }' })
      .strict()
      .refine((concerns) => Boolean(concerns.facts?.length || concerns.pages?.length), 'needs at least one fact or page: facts: [fact-id] or pages: [translationKey]')
      .describe('the facts and/or pages the correction is about'),
    wrong: bilingual({ nl: 'wat de site zei', en: 'what the site said' }).describe('what the site said'),
    now: bilingual({ nl: 'wat de site nu zegt', en: 'what the site says now' }).describe('what the site says now'),
    why: bilingual({ nl: 'waarom het is verbeterd', en: 'why it was corrected' }).describe('why it was corrected'),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema> & { id: string };

/** The file name of an entry: the date it was made, then a short id. */
export const correctionIdPattern = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

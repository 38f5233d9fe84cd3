import { z } from 'zod';
import { bilingual, isoDate } from './common';
import { say } from './dutch';

export const topics = ['health', 'environment', 'society', 'online', 'youth', 'community', 'help', 'campaign'] as const;

// Where a fact comes from. A second-hand fact says so wherever it is shown ("according to a news
// report by …"): `news` is a news outlet's report, `secondary` another organisation passing the
// figure on. `confidence` says the same in one word (primary is high, the others medium); both are
// kept because the site's words differ for a news report and for other second-hand sources.
export const sourceKinds = ['primary', 'news', 'secondary'] as const;
export type SourceKind = (typeof sourceKinds)[number];

// The source's own words: the passage that states the fact, copied verbatim, in the source's language.
export const evidenceSchema = z
  .object(
    {
      lang: z.string({ error: 'is required: the language of the source, like nl or en' }).regex(/^[a-z]{2,3}$/, 'must be a language code like nl or en (the language of the source, not of the site)').describe('the language of the source, like nl or en'),
      text: z.string({ error: 'is required: the passage of the source, copied word for word' }).min(20, 'must be the passage of the source that states the fact, copied word for word').describe('the passage of the source that states the fact, copied word for word'),
    },
    { error: 'is required' },
  )
  .strict();

// Where a fact (or one point of its series) comes from.
export const sourceSchema = z
  .object(
    {
      publisher: z.string().min(2).describe('who published the source: the name only, the same in every language'),
      note: bilingual({ nl: 'een toelichting', en: 'a note' })
        .optional()
        .describe('a few words after the name, per language, like police figures'),
      title: z.string().min(2).describe('the title of the source'),
      url: z.url({ error: 'must be a full web address starting with https://' }).regex(/^https:\/\//, 'must start with https://').describe('the web address of the source, starting with https://'),
      published: z.string({ error: 'is required (as text, for example \'2025-05\')' }).min(2).describe('when the source was published, as text, like \'2025-05\''),
    },
    { error: 'is required: publisher, title, url and published' },
  )
  .strict()
  .describe('where the fact comes from: publisher, title, url and published');

// A series: the figures a source gives for several years, drawn by <Trend>. Each point is only
// what a source states (the content check finds its value and year in the evidence); years with
// no figure are left out, never filled in, and the chart shows the gap.
export const seriesPointSchema = z
  .object({
    year: z.number({ error: 'must be a year as a number, like 2023' }).int('must be a year as a number, like 2023').min(1900, 'must be a year as a number, like 2023').max(2100, 'must be a year as a number, like 2023').describe('the year the value is about, like 2023'),
    label: bilingual({ nl: 'een periode', en: 'a period' }).optional().describe('the period in words, when it is not one calendar year (like 2019-2020); shown instead of the year'),
    value: z.number({ error: 'must be a number without unit or quotes, like 191 or 14.6' }).describe('the value, as a number without unit, like 191 or 14.6'),
    evidence: evidenceSchema
      .extend({ source: sourceSchema.optional().describe('the source of this point, when it is not the fact\'s own source') })
      .optional()
      .describe("the source's own words for this point, when the fact's evidence does not state it"),
  })
  .strict();

export const seriesSchema = z
  .object({
    unit: bilingual({ nl: 'een eenheid', en: 'a unit' }).describe('what the values count, like mg MDMA per pill'),
    definition: bilingual({ nl: 'een definitie', en: 'a definition' }).describe('what exactly is counted, and what not, in one sentence'),
    points: z.array(seriesPointSchema).min(2, 'needs at least 2 points: one figure is not a change').describe('the years and their values, oldest first'),
  })
  .strict()
  .refine((series) => series.points.every((point, index) => index === 0 || point.year > series.points[index - 1].year), {
    message: 'must list each year once, oldest first',
    path: ['points'],
  });

export const factSchema = z
  .object({
    topic: z.enum(topics, { error: say({ nl: `moet een van deze zijn: ${topics.join(', ')}`, en: `must be one of: ${topics.join(', ')}` }) }).describe('the topic of the fact, which groups it on the fact sheet'),
    figure: bilingual({ nl: 'een cijfer', en: 'a figure' }).nullable().describe('the figure, as shown (null for a fact without a figure)'),
    label: bilingual({ nl: 'een label', en: 'a label' }).optional().describe('what the figure counts, in a few words'),
    text: bilingual({ nl: 'een tekst', en: 'a text' }).describe('the fact in one sentence'),
    period: bilingual({ nl: 'een periode', en: 'a period' }).describe('the period the fact is about, like 2024'),
    caveat: bilingual({ nl: 'een kanttekening', en: 'a caveat' }).optional().describe('what a reader should know to read the figure right'),
    source: sourceSchema,
    confidence: z.enum(['high', 'medium'], { error: 'must be high or medium' }).describe('high for a primary source, medium for a second-hand one'),
    lastChecked: isoDate.describe('the day an editor last checked the fact against its source, YYYY-MM-DD'),
    sourceKind: z.enum(sourceKinds, { error: 'must be primary (the organisation that made the figure), news (a news report about it) or secondary (another organisation passing it on)' }).describe('primary (the organisation that made the figure), news (a news report) or secondary (another organisation passing it on)'),
    evidence: evidenceSchema.describe('the passage of the source that states the fact'),
    series: seriesSchema.optional().describe('figures for several years from the source, drawn as a chart by <Trend>'),
  })
  .strict()
  .refine((fact) => (fact.sourceKind === 'primary') === (fact.confidence === 'high'), {
    message: 'does not match confidence: a primary source has confidence high; a news report or other second-hand source has confidence medium',
    path: ['sourceKind'],
  })
  .refine((fact) => fact.figure === null || fact.label !== undefined, { message: 'a fact with a figure also needs a label', path: ['label'] });

export type Fact = z.infer<typeof factSchema> & { id: string };

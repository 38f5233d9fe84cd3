import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { bilingual, factId, languageName, perLocale } from './common';
import { billParts } from './components';
import { say } from './dutch';

// A scenario of the interactive bill on the home page: content/scenarios/<id>.yaml, the file name is
// the id (and the value of ?bill= in a shared link). Each line shows one registry fact as it is:
// nothing is scaled to "one pill" or multiplied by a year, so a line names a fact, never a figure.
const exampleChapter: Record<Locale, string> = { nl: 'gezondheid/#sterke-pillen', en: 'health/#strong-pills' };
const link = (locale: Locale) =>
  z
    .string({
      error: say({
        nl: `heeft een link nodig naar het hoofdstuk in het ${languageName[locale].nl}, zoals /${locale}/${exampleChapter[locale]}`,
        en: `needs a link to the ${languageName[locale].en} chapter, like /${locale}/${exampleChapter[locale]}`,
      }),
    })
    .regex(new RegExp(`^/${locale}/`), say({ nl: `moet een interne link zijn die begint met /${locale}/`, en: `must be an internal link starting with /${locale}/` }))
    .describe(say({ nl: `de link naar het hoofdstuk in het ${languageName[locale].nl}`, en: `the link to the ${languageName[locale].en} chapter` }));

// The keys of the languages, for the Dutch words: "nl: en en:".
const locales = routing.locales.map((locale) => `${locale}:`).join(' en ');

export const scenarioLineSchema = z
  .object({
    fact: factId.describe('the fact whose figure is printed on the line; it must have a figure'),
    part: z.enum(billParts, { error: say({ nl: `moet een van deze zijn: ${billParts.join(', ')}`, en: `must be one of: ${billParts.join(', ')}` }) }).describe('which part of the bill the line belongs to'),
    label: bilingual({ nl: 'een label', en: 'a label' }).describe('what the line is about, in a few words and without figures'),
    href: perLocale(link, say({ nl: `heeft een link naar het hoofdstuk nodig, met ${locales}`, en: `needs a chapter link in ${routing.locales.join(' and ')}` })).describe(
      say({ nl: `het hoofdstuk dat de regel uitlegt, met ${locales}`, en: `the chapter that explains the line, in ${routing.locales.join(' and ')}` }),
    ),
  })
  .strict();

export const scenarioSchema = z
  .object({
    order: z.number({ error: 'must be a whole number: the place in the list of choices (1 comes first)' }).int('must be a whole number').min(1, 'must be 1 or more').describe('the place of the scenario in the list of choices (1 comes first)'),
    default: z.boolean({ error: 'must be true or false' }).optional().describe('the scenario shown first, and the only one without JavaScript unless chosen'),
    name: bilingual({ nl: 'een naam', en: 'a name' }).describe('the name of the scenario, in the list of choices'),
    intro: bilingual({ nl: 'een intro', en: 'an intro' }).optional().describe('a sentence above the bill'),
    total: bilingual({ nl: 'een totaal (in woorden, geen euro\'s)', en: 'a total (words, not euros)' }).describe('the total of the bill, in words (not euros)'),
    lines: z.array(scenarioLineSchema, { error: 'needs a list of lines' }).min(2, 'needs at least 2 lines').max(12, 'may have at most 12 lines').describe('the lines of the bill (2 to 12)'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema> & { id: string };
export type ScenarioLine = z.infer<typeof scenarioLineSchema>;

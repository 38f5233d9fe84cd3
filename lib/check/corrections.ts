import { correctionIdPattern, correctionSchema } from '@/lib/content/schemas/correction';
import type { Problem } from '@/lib/content/validate';
import { factUseProblem } from './data-texts';
import { checkSchema, keysOf } from './schema';
import { didYouMean } from './suggest';
import type { Content } from './types';
import { join } from './lang';

/** The corrections log: schema, a file name that starts with the entry's date, real facts and pages. */
export function checkCorrections(content: Content, today: string): Problem[] {
  const facts = new Map(content.facts.map((fact) => [fact.id, fact]));
  const keys = new Set(content.docs.map((doc) => doc.data.translationKey).filter((key): key is string => typeof key === 'string'));
  const problems: Problem[] = [];
  for (const entry of content.corrections) {
    const { file, id, data } = entry;
    const named = correctionIdPattern.exec(id);
    if (!named)
      problems.push({
        file,
        message: {
          nl: `de bestandsnaam "${id}" moet beginnen met de datum van de correctie, en dan een korte id`,
          en: `the file name "${id}" must start with the date of the correction and then a short id`,
        },
        fix: {
          nl: 'geef het een naam zoals 2026-12-02-quiz-pill-strength.yaml; de naam is de link naar de correctie, dus verander hem niet meer na publicatie',
          en: 'rename it like 2026-12-02-quiz-pill-strength.yaml; the name is the link to the entry, so keep it once published',
        },
      });
    if (!data) continue;
    const schema = checkSchema(file, correctionSchema, data, keysOf(correctionSchema));
    problems.push(...schema);
    const date = typeof data.date === 'string' ? data.date.slice(0, 10) : undefined;
    if (date && named && date !== named[1])
      problems.push({
        file,
        field: 'date',
        message: {
          nl: `date ${date} is niet de datum in de bestandsnaam (${named[1]})`,
          en: `date ${date} is not the date in the file name (${named[1]})`,
        },
        fix: { nl: 'maak ze gelijk: de dag waarop de correctie is gemaakt', en: 'make them the same: the date the correction was made' },
      });
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date > today)
      problems.push({
        file,
        field: 'date',
        message: { nl: `date ${date} ligt in de toekomst`, en: `date ${date} is in the future` },
        fix: {
          nl: 'geef een correctie de datum van de dag waarop je hem maakte, niet eerder',
          en: 'date a correction on the day it was made, not before',
        },
      });
    const concerns = (data.concerns ?? {}) as { facts?: unknown; pages?: unknown };
    (Array.isArray(concerns.facts) ? concerns.facts : []).forEach((fact, index) => {
      const use = typeof fact === 'string' ? factUseProblem(file, `concerns.facts.${index}`, fact, facts) : undefined;
      if (use) problems.push(use);
    });
    (Array.isArray(concerns.pages) ? concerns.pages : []).forEach((key, index) => {
      if (typeof key === 'string' && !keys.has(key))
        problems.push({
          file,
          field: `concerns.pages.${index}`,
          message: {
            nl: `geen pagina, verhaal of persbericht heeft translationKey "${key}"`,
            en: `no page, story or press release has translationKey "${key}"`,
          },
          fix: join(
            {
              nl: 'neem de translationKey over uit de frontmatter van de pagina die veranderd is.',
              en: 'use the translationKey from the frontmatter of the page that changed.',
            },
            didYouMean(key, keys),
          ),
        });
    });
  }
  return problems;
}

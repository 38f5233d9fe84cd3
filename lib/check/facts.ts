import { factProps, type ComponentName } from '@/lib/content/schemas/components';
import { factSchema } from '@/lib/content/schemas/fact';
import { helpSchema } from '@/lib/content/schemas/help';
import type { Problem } from '@/lib/content/validate';
import { inLang, join } from './lang';
import { factUseProblem, fileIdProblems, unreadableUse } from './data-texts';
import { checkSchema, keysOf } from './schema';
import { didYouMean, unknownFactFix } from './suggest';
import type { Content, DataFile } from './types';

// Which prop of which tag names a fact; the build looks each one up and stops on a miss.
const needsFigure = new Set(['Stat', 'BillLine']);

function sourceWording(problem: Problem): Problem {
  // Matched on the English text: one wording to recognise, whatever the editor reads.
  const message = inLang(problem.message, 'en');
  // Every figure on the site must be traceable: say so plainly instead of "source.url is missing".
  if (problem.field === 'source.url' && / is missing$/.test(message)) {
    return {
      ...problem,
      message: {
        nl: 'dit feit heeft geen URL van de bron (source.url ontbreekt)',
        en: 'this fact has no source URL (source.url is missing)',
      },
      fix: {
        nl: 'zet url: https://… onder source:, de webpagina waar het feit vandaan komt. Een feit zonder bron kan niet op de site',
        en: 'add url: https://… under source:, the web page the fact comes from. A fact without a source cannot be shown',
      },
    };
  }
  if (problem.field === 'source' && / is missing$/.test(message)) {
    return {
      ...problem,
      message: {
        nl: 'dit feit heeft geen bron (geen uitgever, titel, URL of datum van publicatie)',
        en: 'this fact has no source (no publisher, title, URL or publication date)',
      },
      fix: {
        nl: 'zet een blok source: met publisher, title, url (https://…) en published',
        en: 'add a source: block with publisher, title, url (https://…) and published',
      },
    };
  }
  // Every fact shows the passage of its source that states it, so a reader can check the site's words.
  if (problem.field === 'evidence' && / is (missing|required)$/.test(message)) {
    return {
      ...problem,
      message: {
        nl: 'dit feit heeft geen bewijs: het stuk uit de bron dat het zegt (evidence ontbreekt)',
        en: 'this fact has no evidence: the passage of the source that states it (evidence is missing)',
      },
      fix: {
        nl: 'zet evidence: met lang: (de taal van de bron, zoals nl of en) en text: (het stuk dat het feit zegt, letterlijk overgenomen uit de bron)',
        en: 'add evidence: with lang: (the language of the source, like nl or en) and text: (the passage that states the fact, copied word for word from the source)',
      },
    };
  }
  if (problem.field?.startsWith('evidence.') && / is missing$/.test(message)) {
    return {
      ...problem,
      fix: {
        nl: 'evidence: heeft lang: nodig (de taal van de bron, zoals nl of en) en text: (het stuk dat het feit zegt, letterlijk overgenomen uit de bron)',
        en: 'evidence: needs lang: (the language of the source, like nl or en) and text: (the passage that states the fact, copied word for word from the source)',
      },
    };
  }
  if (problem.field === 'sourceKind' && /does not match confidence/.test(message)) {
    return {
      ...problem,
      fix: {
        nl: 'gebruik sourceKind: primary met confidence: high, of sourceKind: news of secondary met confidence: medium',
        en: 'use sourceKind: primary with confidence: high, or sourceKind: news or secondary with confidence: medium',
      },
    };
  }
  if (problem.field === 'sourceKind' && / is missing$/.test(message)) {
    return {
      ...problem,
      message: {
        nl: 'dit feit zegt niet waar het vandaan komt (sourceKind ontbreekt)',
        en: 'this fact does not say where it comes from (sourceKind is missing)',
      },
      fix: {
        nl: 'zet sourceKind: primary (de organisatie die het cijfer maakte), news (een nieuwsbericht erover) of secondary (een andere organisatie die het doorgeeft)',
        en: 'add sourceKind: primary (the organisation that made the figure), news (a news report about it) or secondary (another organisation passing it on)',
      },
    };
  }
  return problem;
}

function dataProblems(files: DataFile[], kind: 'fact' | 'help'): Problem[] {
  const schema = kind === 'fact' ? factSchema : helpSchema;
  return files.flatMap(({ file, id, data }) => {
    const problems: Problem[] = [];
    problems.push(...fileIdProblems({ file, id }, 'env-dumpings-2024.yaml'));
    if (!data) return problems;
    problems.push(...checkSchema(file, schema, data, keysOf(schema)).map(sourceWording));
    return problems;
  });
}

// A phone number is printed only where the help resource's own fact, with its source, states it.
function unconfirmedPhones(item: DataFile, fact: DataFile | undefined): Problem[] {
  const sourced = JSON.stringify([fact?.data?.text, fact?.data?.figure]);
  return (['phone', 'phoneNonUrgent'] as const).flatMap((field) => {
    const phone = item.data?.[field];
    if (typeof phone !== 'string' || !fact?.data || sourced.includes(phone)) return [];
    return [
      {
        file: item.file,
        field,
        message: {
          nl: `het nummer ${phone} staat niet in de tekst van feit "${fact.id}", dus geen bron bevestigt het`,
          en: `the number ${phone} is not in the text of fact "${fact.id}", so no source confirms it`,
        },
        fix: {
          nl: 'haal het nummer weg (de website is genoeg), of zet het in het feit als een actuele bron het bevestigt',
          en: 'remove the number (the website is enough), or add it to the fact once a current source confirms it',
        },
      },
    ];
  });
}

/** Fact and help files against their schemas, and every fact and help id the pages and help files use. */
export function checkFacts(content: Content): Problem[] {
  const facts = new Map(content.facts.map((fact) => [fact.id, fact]));
  const help = new Map(content.help.map((item) => [item.id, item]));
  const problems = [...dataProblems(content.facts, 'fact'), ...dataProblems(content.help, 'help')];
  for (const item of content.help) {
    const fact = item.data?.fact;
    const use = typeof fact === 'string' ? factUseProblem(item.file, 'fact', fact, facts) : undefined;
    if (use) problems.push(use);
    problems.push(...unconfirmedPhones(item, typeof fact === 'string' ? facts.get(fact) : undefined));
  }
  for (const doc of content.docs) {
    for (const tag of doc.elements) {
      const prop = factProps[tag.name as ComponentName];
      const id = prop ? tag.props[prop] : undefined;
      if (prop && typeof id === 'string' && id !== '') {
        const line = tag.propLines[prop] ?? tag.line;
        const fact = facts.get(id);
        if (!fact) {
          problems.push({
            file: doc.file,
            line,
            message: {
              nl: `<${tag.name}> gebruikt feit "${id}", maar dat bestaat niet (er is geen content/facts/${id}.yaml)`,
              en: `<${tag.name}> uses fact "${id}", which does not exist (there is no content/facts/${id}.yaml)`,
            },
            fix: unknownFactFix(id, facts.keys()),
          });
        } else if (!fact.data) {
          problems.push(unreadableUse({ file: doc.file, line }, `<${tag.name}>`, { nl: `feit "${id}"`, en: `fact "${id}"` }, fact.file));
        } else if (needsFigure.has(tag.name) && fact.data.figure === null) {
          problems.push({
            file: doc.file,
            line,
            message: {
              nl: `<${tag.name}> heeft een feit met een cijfer nodig, maar "${id}" heeft geen cijfer (figure: null)`,
              en: `<${tag.name}> needs a fact with a figure, but "${id}" has none (figure: null)`,
            },
            fix:
              tag.name === 'Stat'
                ? { nl: `gebruik dan <Fact id="${id}" />`, en: `use <Fact id="${id}" /> instead` }
                : {
                    nl: 'kies een feit met een cijfer voor deze regel van de rekening',
                    en: 'choose a fact with a figure for this bill line',
                  },
          });
        }
      }
      if (tag.name === 'HelpBox' && typeof tag.props.ids === 'string') {
        for (const helpId of tag.props.ids
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)) {
          const item = help.get(helpId);
          if (item?.data) continue;
          const line = tag.propLines.ids ?? tag.line;
          if (item) {
            problems.push(
              unreadableUse(
                { file: doc.file, line },
                '<HelpBox>',
                { nl: `hulpbron "${helpId}"`, en: `help resource "${helpId}"` },
                item.file,
              ),
            );
            continue;
          }
          problems.push({
            file: doc.file,
            line,
            message: {
              nl: `<HelpBox> gebruikt hulpbron "${helpId}", maar die bestaat niet (er is geen content/help/${helpId}.yaml)`,
              en: `<HelpBox> uses help resource "${helpId}", which does not exist (there is no content/help/${helpId}.yaml)`,
            },
            fix: join(
              {
                nl: `gebruik een bestaande id: ${[...help.keys()].join(', ')}.`,
                en: `use an existing id: ${[...help.keys()].join(', ')}.`,
              },
              didYouMean(helpId, help.keys(), undefined, true),
            ),
          });
        }
      }
    }
  }
  return problems;
}

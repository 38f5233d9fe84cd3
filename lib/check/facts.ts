import { factProps, type ComponentName } from '@/lib/content/schemas/components';
import { factSchema } from '@/lib/content/schemas/fact';
import { helpSchema } from '@/lib/content/schemas/help';
import type { Problem } from '@/lib/content/validate';
import { inLang } from './lang';
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
      message: 'this fact has no source URL (source.url is missing)',
      fix: 'add url: https://… under source:, the web page the fact comes from. A fact without a source cannot be shown',
    };
  }
  if (problem.field === 'source' && / is missing$/.test(message)) {
    return {
      ...problem,
      message: 'this fact has no source (no publisher, title, URL or publication date)',
      fix: 'add a source: block with publisher, title, url (https://…) and published',
    };
  }
  // Every fact shows the passage of its source that states it, so a reader can check the site's words.
  if (problem.field === 'evidence' && / is (missing|required)$/.test(message)) {
    return {
      ...problem,
      message: 'this fact has no evidence: the passage of the source that states it (evidence is missing)',
      fix: 'add evidence: with lang: (the language of the source, like nl or en) and text: (the passage that states the fact, copied word for word from the source)',
    };
  }
  if (problem.field?.startsWith('evidence.') && / is missing$/.test(message)) {
    return {
      ...problem,
      fix: 'evidence: needs lang: (the language of the source, like nl or en) and text: (the passage that states the fact, copied word for word from the source)',
    };
  }
  if (problem.field === 'sourceKind' && /does not match confidence/.test(message)) {
    return { ...problem, fix: 'use sourceKind: primary with confidence: high, or sourceKind: news or secondary with confidence: medium' };
  }
  if (problem.field === 'sourceKind' && / is missing$/.test(message)) {
    return {
      ...problem,
      message: 'this fact does not say where it comes from (sourceKind is missing)',
      fix: 'add sourceKind: primary (the organisation that made the figure), news (a news report about it) or secondary (another organisation passing it on)',
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
        message: `the number ${phone} is not in the text of fact "${fact.id}", so no source confirms it`,
        fix: 'remove the number (the website is enough), or add it to the fact once a current source confirms it',
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
            message: `<${tag.name}> uses fact "${id}", which does not exist (there is no content/facts/${id}.yaml)`,
            fix: unknownFactFix(id, facts.keys()),
          });
        } else if (!fact.data) {
          problems.push(unreadableUse({ file: doc.file, line }, `<${tag.name}>`, `fact "${id}"`, fact.file));
        } else if (needsFigure.has(tag.name) && fact.data.figure === null) {
          problems.push({
            file: doc.file,
            line,
            message: `<${tag.name}> needs a fact with a figure, but "${id}" has none (figure: null)`,
            fix: tag.name === 'Stat' ? `use <Fact id="${id}" /> instead` : 'choose a fact with a figure for this bill line',
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
            problems.push(unreadableUse({ file: doc.file, line }, '<HelpBox>', `help resource "${helpId}"`, item.file));
            continue;
          }
          problems.push({
            file: doc.file,
            line,
            message: `<HelpBox> uses help resource "${helpId}", which does not exist (there is no content/help/${helpId}.yaml)`,
            fix: `use an existing id: ${[...help.keys()].join(', ')}.${didYouMean(helpId, help.keys(), undefined, true)}`,
          });
        }
      }
    }
  }
  return problems;
}

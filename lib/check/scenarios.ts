import { scenarioSchema } from '@/lib/content/schemas/scenario';
import { defaultScenarioProblems } from '@/lib/content/rules';
import type { Problem } from '@/lib/content/validate';
import { duplicateOrders, factUseProblem, fileIdProblems, typedFigures } from './data-texts';
import { linkProblem, siteOf } from './links';
import { checkSchema, keysOf } from './schema';
import type { Content } from './types';

type Line = { fact?: unknown; label?: unknown; href?: Record<string, unknown> };

/** The interactive bill's scenarios: schema, facts with figures, chapter links, one default. */
export function checkScenarios(content: Content, today: string): Problem[] {
  const facts = new Map(content.facts.map((fact) => [fact.id, fact]));
  const site = siteOf(content, today);
  const problems: Problem[] = [];
  for (const scenario of content.scenarios) {
    const { file, data } = scenario;
    const usedAs = { nl: ' (het is de ?bill=-waarde van een gedeelde link)', en: ' (it is the ?bill= value of a shared link)' };
    problems.push(...fileIdProblems(scenario, 'festival-pill.yaml', usedAs));
    if (!data) continue;
    problems.push(...checkSchema(file, scenarioSchema, data, keysOf(scenarioSchema)));
    const lines = Array.isArray(data.lines) ? (data.lines as Line[]) : [];
    problems.push(
      ...typedFigures(scenario, [
        ['name', data.name],
        ['intro', data.intro],
        ['total', data.total],
        ...lines.map((line, index): [string, unknown] => [`lines.${index}.label`, line?.label]),
      ]),
    );
    lines.forEach((line, index) => {
      if (typeof line?.fact === 'string' && line.fact !== '') {
        const use = factUseProblem(file, `lines.${index}.fact`, line.fact, facts);
        if (use) problems.push(use);
        else if (facts.get(line.fact)?.data?.figure === null)
          problems.push({
            file,
            field: `lines.${index}.fact`,
            message: {
              nl: `een regel van de rekening heeft een feit met een cijfer nodig, maar "${line.fact}" heeft geen cijfer (figure: null)`,
              en: `a bill line needs a fact with a figure, but "${line.fact}" has none (figure: null)`,
            },
            fix: { nl: 'kies een feit met een cijfer voor deze regel', en: 'choose a fact with a figure for this line' },
          });
      }
      for (const [locale, url] of Object.entries(line?.href ?? {})) {
        if (typeof url !== 'string') continue;
        const problem = linkProblem(url, { file, field: `lines.${index}.href.${locale}` }, site);
        if (problem) problems.push(problem);
      }
    });
  }
  problems.push(...duplicateOrders(content.scenarios, { nl: 'situatie', en: 'scenario' }));
  problems.push(
    ...defaultScenarioProblems(content.scenarios.map(({ id, file, data }) => ({ id, file, isDefault: data?.default === true }))),
  );
  return problems;
}

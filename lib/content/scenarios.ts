import { allScenarios } from 'contentlayer/generated';
import { getFact } from './index';
import { scenarioSchema, type Scenario } from './schemas/scenario';
import { defaultScenarioProblems } from './rules';
import { docProblems, throwOnProblems } from './validate';

// Checked again when the site is built, like every document: a bad scenario stops the build with
// its file and field (npm run content:check explains the same mistakes in more words).
function load(): Scenario[] {
  throwOnProblems({ nl: 'De situaties van de rekening hebben', en: 'The bill scenarios have' }, docProblems(scenarioSchema, allScenarios));
  const scenarios = (allScenarios as unknown as Scenario[]).slice().sort((a, b) => a.order - b.order);
  for (const scenario of scenarios) {
    for (const line of scenario.lines) {
      if (!getFact(line.fact).figure) throw new Error(`content/scenarios/${scenario.id}.yaml: fact "${line.fact}" has no figure; a bill line needs one.`);
    }
  }
  throwOnProblems({ nl: 'De situaties van de rekening hebben', en: 'The bill scenarios have' }, defaultScenarioProblems(scenarios.map(({ id, default: isDefault }) => ({ id, file: `content/scenarios/${id}.yaml`, isDefault: isDefault === true }))));
  return scenarios;
}

export const scenarios: Scenario[] = load();

/** The scenario shown first, and without JavaScript. */
export const defaultScenario: Scenario | undefined = scenarios.find((scenario) => scenario.default);

/** Every fact the scenarios show, in order of first use, for the page's numbered sources. */
export const scenarioFactIds: string[] = [...new Set(scenarios.flatMap((scenario) => scenario.lines.map((line) => line.fact)))];

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { factIds } from './site-data';

// The content files the widgets render, read the way an editor wrote them: the tests compare what
// the built site shows with the source of truth.
type Bilingual = { nl: string; en: string };
export type FactFile = {
  topic: string;
  figure: Bilingual | null;
  label?: Bilingual;
  text: Bilingual;
  period: Bilingual;
  caveat?: Bilingual;
  source: { publisher: string; title: string; url: string; published: string };
  sourceKind: string;
  lastChecked: string;
  evidence: { text: string; lang: string };
  series?: { points: { year: number }[] };
};
export type ScenarioFile = {
  id: string;
  order: number;
  default?: boolean;
  name: Bilingual;
  total: Bilingual;
  lines: { fact: string; label: Bilingual; href: Bilingual }[];
};
export type QuestionFile = {
  id: string;
  order: number;
  question: Bilingual;
  options: { id: string; text: Bilingual }[];
  correct: string;
  fact: string;
};

const read = <T>(folder: string): T[] =>
  readdirSync(path.resolve('content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...YAML.parse(readFileSync(path.resolve('content', folder, name), 'utf8')) }) as T);

export const fact = (id: string): FactFile => YAML.parse(readFileSync(path.resolve('content/facts', `${id}.yaml`), 'utf8'));
/** The topics that have facts: the fact sheet's and the partner kit's groups. */
export const factTopics = () => [...new Set(factIds().map((id) => fact(id).topic))];
export const scenarios = (): ScenarioFile[] => read<ScenarioFile>('scenarios').sort((a, b) => a.order - b.order);
export const questions = (): QuestionFile[] => read<QuestionFile>('quiz').sort((a, b) => a.order - b.order);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareControl } from '@/components/site/ShareControl';
import { FactSheet } from '@/components/widgets/FactSheet';
import { InteractiveBill } from '@/components/widgets/InteractiveBill';
import { Quiz } from '@/components/widgets/Quiz';
import { Search } from '@/components/widgets/Search';
import { defaultScenario, scenarioFactIds, scenarios } from '@/lib/content/scenarios';
import { billParts } from '@/lib/content/schemas/components';
import { enhancers } from '@/lib/enhance';
import { bill } from '@/lib/enhance/bill';
import {
  billWidget,
  copyWidget,
  dataAttribute,
  markAttribute,
  partAttribute,
  quizWidget,
  searchWidget,
  shareWidget,
  topicsWidget,
  widgetRoot,
  widgets,
  type Contract,
  type WidgetName,
} from '@/lib/enhance/contracts';
import { part, text } from '@/lib/enhance/dom';
import { engine } from '@/lib/enhance/search';
import { translator } from '@/lib/i18n/translator';

// Each widget's contract (lib/enhance/contracts.ts) against both of its sides: the HTML its server
// component renders holds every name the contract lists, and its enhancer, run on that HTML, asks
// only for names the contract lists (and finds them). What the widgets do: enhance-*.test.tsx.

const t = translator('nl');
const ctx = { locale: 'nl' as const, factIds: scenarioFactIds, t };
const chosen = scenarios.find((scenario) => scenario !== defaultScenario)!;
const stub = (name: 'clipboard' | 'share', value: unknown) => Object.defineProperty(navigator, name, { value, configurable: true });

type Case = {
  contract: Contract;
  /** The server component that renders the widget (or the page part that holds it). */
  server: () => ReactElement;
  /** Where the marks are, when not inside the widget. */
  marksIn?: (root: HTMLElement) => ParentNode;
  /** The browser the enhancer should meet: a URL, a clipboard, a stand-in for pagefind. */
  before?: () => void;
  /** What the enhancer read from the URL parameter, checked after it ran. */
  after?: (root: HTMLElement) => void;
  /** The files of its enhancer. */
  sources: string[];
};

// A Record over the widget names: a widget without a case here is a type error.
const cases: Record<WidgetName, Case> = {
  bill: {
    contract: billWidget,
    server: () => <InteractiveBill ctx={ctx} />,
    before: () => {
      window.history.replaceState(null, '', `/nl/?${billWidget.param}=${chosen.id}`);
      // A shared bill scrolls into view; jsdom does not scroll.
      Element.prototype.scrollIntoView ??= () => undefined;
    },
    after: (root) => expect(root.querySelector<HTMLInputElement>(`input[name="${billWidget.param}"]:checked`)?.value).toBe(chosen.id),
    sources: ['bill.ts'],
  },
  copy: {
    contract: copyWidget,
    server: () => <FactSheet ctx={ctx} />,
    before: () => stub('clipboard', { writeText: vi.fn().mockResolvedValue(undefined) }),
    sources: ['dom.ts'],
  },
  quiz: { contract: quizWidget, server: () => <Quiz ctx={ctx} />, sources: ['quiz.ts'] },
  search: {
    contract: searchWidget,
    server: () => <Search ctx={ctx} />,
    before: () => {
      window.history.replaceState(null, '', `/nl/zoeken/?${searchWidget.param}=zorg`);
      vi.spyOn(engine, 'load').mockResolvedValue({ debouncedSearch: async () => ({ results: [] }) });
    },
    after: (root) => expect(part(root, searchWidget, 'input')).toHaveValue('zorg'),
    sources: ['search.ts'],
  },
  share: {
    contract: shareWidget,
    server: () => <ShareControl url="https://example.nl/nl/milieu/" title="Het milieu" t={t} />,
    before: () => stub('clipboard', { writeText: vi.fn().mockResolvedValue(undefined) }),
    sources: ['share.ts', 'dom.ts'],
  },
  topics: {
    contract: topicsWidget,
    server: () => <FactSheet ctx={ctx} />,
    marksIn: (root) => document.getElementById(text(root, topicsWidget, 'target'))!,
    sources: ['topics.ts'],
  },
};

afterEach(() => {
  vi.restoreAllMocks();
  stub('clipboard', undefined);
  stub('share', undefined);
  window.history.replaceState(null, '', '/');
});

function renderRoots(name: WidgetName): HTMLElement[] {
  const { container } = render(cases[name].server());
  const roots = [...container.querySelectorAll<HTMLElement>(`[data-enhance="${name}"]`)];
  expect(roots.length, `no data-enhance="${name}" rendered`).toBeGreaterThan(0);
  return roots;
}

const partsIn = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-part]')].map((element) => element.dataset.part!);
const count = (names: string[], name: string) => names.filter((other) => other === name).length;

/** What an enhancer asks the DOM for while it runs: data-part selectors, mark selectors and dataset keys. */
function recordReads() {
  const one = vi.spyOn(Element.prototype, 'querySelector');
  const all = vi.spyOn(Element.prototype, 'querySelectorAll');
  const keys: { element: HTMLElement; key: string }[] = [];
  const dataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')!.get!;
  vi.spyOn(HTMLElement.prototype, 'dataset', 'get').mockImplementation(function (this: HTMLElement) {
    return new Proxy(dataset.call(this) as DOMStringMap, {
      get: (target, key) => {
        if (typeof key === 'string') keys.push({ element: this, key });
        return Reflect.get(target, key);
      },
    });
  } as () => DOMStringMap);
  const selectors = () => [...one.mock.calls, ...all.mock.calls].map(([selector]) => String(selector));
  return {
    parts: () => selectors().flatMap((selector) => [...selector.matchAll(/\[data-part="([^"]+)"\]/g)].map((match) => match[1])),
    marks: () => selectors().filter((selector) => /^\[data-[a-z-]+\]$/.test(selector)),
    keys: () => keys,
  };
}

describe.each(widgets.map((contract) => contract.name))('the %s widget', (name) => {
  const { contract, marksIn, before, after, sources } = cases[name];

  it('is the contract of its name', () => {
    expect(contract.name).toBe(name);
  });

  it('renders every part, data key and mark of its contract', () => {
    for (const root of renderRoots(name)) {
      expect(root).toHaveAttribute('data-enhance', contract.name);
      for (const key of contract.data) {
        expect(root, key).toHaveAttribute(dataAttribute(key));
        expect(root.dataset[key], key).toBeDefined();
      }
      const found = partsIn(root);
      for (const partName of contract.parts) expect(count(found, partName), `data-part="${partName}"`).toBeGreaterThan(0);
      // Only the contract's parts; the bill's lines carry the bill's own (see billWidget).
      const foreign = found.filter((other) => !(contract.parts as readonly string[]).includes(other));
      expect(new Set(foreign), 'a data-part the contract does not list').toEqual(new Set(name === 'bill' ? billParts : []));
      for (const mark of contract.marks ?? [])
        expect((marksIn?.(root) ?? root).querySelector(`[${dataAttribute(mark)}]`), `data mark ${mark}`).not.toBeNull();
    }
  });

  it('has an enhancer that reads only its contract, and finds what it reads', () => {
    const roots = renderRoots(name);
    before?.();
    const reads = recordReads();
    // The enhancer itself, not enhance(): that logs a widget's error and carries on.
    for (const root of roots) expect(() => enhancers[name](root)).not.toThrow();
    expect(reads.parts().length).toBeGreaterThan(0);
    for (const read of reads.parts()) expect(contract.parts, `part(…, '${read}')`).toContain(read);
    const marks = (contract.marks ?? []).map((mark) => `[${dataAttribute(mark)}]`);
    for (const read of reads.marks()) expect(marks, read).toContain(read);
    for (const { element, key } of reads.keys()) {
      expect(roots.includes(element) ? contract.data : (contract.marks ?? []), `dataset.${key}`).toContain(key);
    }
    for (const root of roots) after?.(root);
  });

  it('has every name of its contract in its enhancer', () => {
    const source = sources.map((file) => readFileSync(path.resolve('lib/enhance', file), 'utf8')).join('\n');
    for (const used of [...contract.parts, ...contract.data, ...(contract.marks ?? [])]) expect(source, used).toContain(`'${used}'`);
  });
});

describe('the contracts', () => {
  it('keep the bill widget’s part names apart from the bill’s parts', () => {
    expect(billWidget.parts.filter((name) => (billParts as readonly string[]).includes(name))).toEqual([]);
  });

  it('give each question of the quiz its own parts', () => {
    const [root] = renderRoots('quiz');
    const questions = root.querySelectorAll<HTMLElement>(`[${dataAttribute('question')}]`);
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions)
      for (const name of ['group', 'status', 'check', 'details', 'answer'] as const) expect(count(partsIn(question), name), name).toBe(1);
    for (const name of ['score', 'total', 'again'] as const) expect(count(partsIn(root), name), name).toBe(1);
  });

  it('give the share control every part and text of the copy widget, whose enhancer it runs', () => {
    for (const name of copyWidget.parts) expect(shareWidget.parts).toContain(name);
    for (const key of copyWidget.data) expect(shareWidget.data).toContain(key);
  });

  it('spread as the attributes the enhancers read', () => {
    expect(widgetRoot(searchWidget, { loading: 'l', none: 'n', countOne: '1', countOther: '2', failed: 'f' })).toEqual({
      'data-enhance': 'search',
      'data-loading': 'l',
      'data-none': 'n',
      'data-count-one': '1',
      'data-count-other': '2',
      'data-failed': 'f',
    });
    expect(partAttribute(quizWidget, 'total')).toEqual({ 'data-part': 'total' });
    expect(markAttribute(topicsWidget, 'factEntry', true)).toEqual({ 'data-fact-entry': true });
  });

  it('make a misspelt or missing name a type error', () => {
    const root = document.createElement('div');
    // @ts-expect-error: the bill has no part "total" (the quiz has)
    expect(() => part(root, billWidget, 'total')).toThrow('has no data-part="total"');
    // @ts-expect-error: the search's key is countOne, as the DOM's dataset spells data-count-one
    expect(() => text(root, searchWidget, 'count-one')).toThrow('has no data-count-one');
    const server = () => [
      // @ts-expect-error: the copy widget's failed text is missing
      widgetRoot(copyWidget, { url: 'u', copied: 'c' }),
      // @ts-expect-error: the copy widget has no title text (the share control has)
      widgetRoot(copyWidget, { url: 'u', copied: 'c', failed: 'f', title: 't' }),
      // @ts-expect-error: the search has no part "again"
      partAttribute(searchWidget, 'again'),
      // @ts-expect-error: the question mark is the quiz's, not the bill's
      markAttribute(billWidget, 'question', 'a'),
    ];
    // @ts-expect-error: every widget needs its enhancer
    const partial: Record<WidgetName, (root: HTMLElement) => void> = { bill };
    expect([server, partial]).toHaveLength(2);
  });
});

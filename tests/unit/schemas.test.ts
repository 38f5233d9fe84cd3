import { describe, expect, it } from 'vitest';
import { inLang } from '@/lib/check/lang';
import { factSchema } from '@/lib/content/schemas/fact';
import { pageSchema } from '@/lib/content/schemas/page';
import { checkProps, componentProps } from '@/lib/content/schemas/components';
import { factIdPattern, isoDate } from '@/lib/content/schemas/common';
import { scenarioLineSchema } from '@/lib/content/schemas/scenario';
import { quizQuestionSchema } from '@/lib/content/schemas/quiz';
import { docProblems, schemaProblems as bilingualProblems, throwOnProblems, type Problem } from '@/lib/content/validate';
import { issueMessage } from '@/lib/content/schemas/errors';
import { defaultScenarioProblems, editorNotesProblems, redirectProblems } from '@/lib/content/rules';

// The problems' English words (the Dutch ones are checked where they matter, and in content-check.test.ts).
const english = (problems: Problem[]) =>
  problems.map((problem) => ({
    ...problem,
    message: inLang(problem.message, 'en'),
    ...(problem.fix ? { fix: inLang(problem.fix, 'en') } : {}),
  }));
const schemaProblems = (...args: Parameters<typeof bilingualProblems>) => english(bilingualProblems(...args));

const page = {
  title: 'Gezondheid',
  description: 'Wat drugs doen met je lijf en je hoofd, met bronnen bij elk cijfer.',
  locale: 'nl',
  slug: 'gezondheid',
  translationKey: 'health',
  reviewBy: '2027-06-01',
};

describe('page frontmatter', () => {
  it('accepts a valid page', () => {
    expect(pageSchema.safeParse(page).success).toBe(true);
  });

  it('names the field and says what is allowed for an unknown locale', () => {
    expect(schemaProblems('content/pages/fr/x.mdx', pageSchema, { ...page, locale: 'fr' })).toEqual([
      { file: 'content/pages/fr/x.mdx', field: 'locale', message: 'locale must be nl or en' },
    ]);
    expect(bilingualProblems('content/pages/fr/x.mdx', pageSchema, { ...page, locale: 'fr' })[0].message).toEqual({
      nl: 'locale moet nl of en zijn',
      en: 'locale must be nl or en',
    });
  });

  it('reports a missing field and an unknown field separately', () => {
    const { title: _title, ...rest } = page;
    void _title;
    const problems = schemaProblems('p.mdx', pageSchema, { ...rest, auteur: 'x' });
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining(['title is missing', 'unknown field: auteur']));
  });

  it('rejects a slug with a leading slash and a bad date', () => {
    const problems = schemaProblems('p.mdx', pageSchema, { ...page, slug: '/gezondheid', reviewBy: '1 juni' });
    expect(problems.map((p) => p.field)).toEqual(['slug', 'reviewBy']);
  });
});

describe('facts', () => {
  const fact = {
    topic: 'environment',
    figure: { nl: '217', en: '217' },
    label: { nl: 'dumpingen', en: 'dumpings' },
    text: { nl: 'Tekst.', en: 'Text.' },
    period: { nl: '2024', en: '2024' },
    source: { publisher: 'Politie', title: 'Titel', url: 'https://www.politie.nl/x', published: '2025' },
    confidence: 'high',
    lastChecked: '2026-11-01',
    sourceKind: 'primary',
    evidence: { lang: 'nl', text: 'Vorig jaar zijn 217 dumpingen ontdekt, een stijging van 14 procent.' },
  };
  it('accepts a sourced fact', () => expect(factSchema.safeParse(fact).success).toBe(true));
  it("rejects a fact without the source's own words", () => {
    const { evidence: _evidence, ...rest } = fact;
    void _evidence;
    expect(schemaProblems('f.yaml', factSchema, rest)).toEqual([
      expect.objectContaining({ field: 'evidence', message: 'evidence is missing' }),
    ]);
    expect(schemaProblems('f.yaml', factSchema, { ...fact, evidence: { ...fact.evidence, lang: 'Nederlands' } })[0]).toMatchObject({
      field: 'evidence.lang',
    });
  });
  it('keeps where a fact comes from and its confidence in step', () => {
    expect(factSchema.safeParse({ ...fact, sourceKind: 'news', confidence: 'medium' }).success).toBe(true);
    expect(schemaProblems('f.yaml', factSchema, { ...fact, sourceKind: 'news' })[0]).toMatchObject({
      field: 'sourceKind',
      message: expect.stringContaining('does not match confidence'),
    });
    expect(schemaProblems('f.yaml', factSchema, { ...fact, sourceKind: 'blog' })[0]).toMatchObject({
      field: 'sourceKind',
      message: expect.stringContaining('must be primary'),
    });
  });
  it('rejects a fact without a source URL', () => {
    const problems = schemaProblems('f.yaml', factSchema, { ...fact, source: { ...fact.source, url: undefined } });
    expect(problems).toEqual([expect.objectContaining({ field: 'source.url', message: 'source.url is missing' })]);
  });
  it('needs a label when it has a figure', () => {
    const { label: _label, ...rest } = fact;
    void _label;
    expect(schemaProblems('f.yaml', factSchema, rest)[0]).toMatchObject({ field: 'label' });
  });
});

describe('component props', () => {
  it('throw a message that says what is allowed', () => {
    expect(() => checkProps('BillLine', { fact: 'x', part: 'money', href: '/nl/' })).toThrow(
      /part: must be one of: health, environment, society/,
    );
    expect(() => checkProps('Fact', { id: 'x', colour: 'red' })).toThrow(/unknown prop colour/);
  });
});

describe('isoDate', () => {
  it('accepts only days that exist', () => {
    expect(isoDate.safeParse('2027-02-30').success).toBe(false);
    expect(isoDate.safeParse('2026-02-29').success).toBe(false);
    expect(isoDate.safeParse('2028-02-29').success).toBe(true);
    expect(isoDate.safeParse('2028-02-29T00:00:00.000Z').success).toBe(true);
  });
  it('says which day does not exist, once', () => {
    expect(schemaProblems('p.mdx', pageSchema, { ...page, reviewBy: '2027-02-30' })).toEqual([
      {
        file: 'p.mdx',
        field: 'reviewBy',
        message: 'reviewBy 2027-02-30 is not a real date (that day does not exist)',
        fix: 'write an existing date as YYYY-MM-DD, like 2027-06-01',
      },
    ]);
    expect(bilingualProblems('p.mdx', pageSchema, { ...page, reviewBy: '2027-02-30' })[0]).toMatchObject({
      message: { nl: 'reviewBy 2027-02-30 is geen echte datum (die dag bestaat niet)' },
      fix: { nl: 'schrijf een datum die bestaat als JJJJ-MM-DD, zoals 2027-06-01' },
    });
  });
});

describe('fact ids', () => {
  it('are one rule in every schema that names a fact', () => {
    for (const id of ['env-dumpings-2024', 'Env_Dumpings']) {
      const expected = factIdPattern.test(id);
      expect(componentProps.Fact.safeParse({ id }).success).toBe(expected);
      expect(scenarioLineSchema.shape.fact.safeParse(id).success).toBe(expected);
      expect(quizQuestionSchema.shape.fact.safeParse(id).success).toBe(expected);
    }
  });
});

describe('friendly errors from issue codes', () => {
  it('says what a field of the wrong type must be, and how to write text', () => {
    expect(schemaProblems('p.mdx', pageSchema, { ...page, title: 12 })).toEqual([
      {
        file: 'p.mdx',
        field: 'title',
        message: 'title must be text, but it is a number',
        fix: "put the value in quotes, like title: '...'",
      },
    ]);
  });
  it("words limits without zod's English", () => {
    expect(issueMessage({ code: 'too_small', origin: 'string', minimum: 2, inclusive: true, input: 'a' } as never)).toBe(
      'needs at least 2 characters',
    );
    expect(issueMessage({ code: 'too_big', origin: 'array', maximum: 3, inclusive: true, input: [] } as never)).toBe(
      'may have at most 3 items',
    );
    expect(issueMessage({ code: 'invalid_value', values: ['a', 'b'], input: 'c' } as never)).toBe('must be one of: a, b');
  });
  it('tells an editor how to write a switch prop', () => {
    expect(() => checkProps('Quote', { by: 'x', role: 'y', persona: 'ja' })).toThrow(/persona: is a switch/);
  });
});

describe('the loaders\' "collect problems, then throw"', () => {
  it('checks every document by its file and throws once with all problems', () => {
    const docs = [
      { _id: '1', _raw: { sourceFilePath: 'pages/nl/a.mdx' }, type: 'Page', body: {}, url: '/nl/', ...page },
      { _id: '2', _raw: { sourceFilePath: 'pages/nl/b.mdx' }, type: 'Page', body: {}, url: '/nl/b/', ...page, locale: 'fr' },
    ];
    const problems = docProblems(pageSchema, docs, ['url']);
    expect(english(problems)).toEqual([{ file: 'content/pages/nl/b.mdx', field: 'locale', message: 'locale must be nl or en' }]);
    expect(() => throwOnProblems('The content has', problems, 'en')).toThrow(
      'The content has 1 problem(s); run npm run content:check for help:\ncontent/pages/nl/b.mdx (locale): locale must be nl or en',
    );
    // The build speaks Dutch unless CONTENT_CHECK_LANG=en.
    expect(() => throwOnProblems({ nl: 'De inhoud heeft', en: 'The content has' }, problems, 'nl')).toThrow(
      'De inhoud heeft 1 probleem; npm run content:check legt ze uit:\ncontent/pages/nl/b.mdx (locale): locale moet nl of en zijn',
    );
    expect(() => throwOnProblems('The content has', [])).not.toThrow();
  });
});

describe('cross-file rules, one definition for the check and the build', () => {
  it('wants exactly one default scenario', () => {
    const scenario = (id: string, isDefault: boolean) => ({ id, file: `content/scenarios/${id}.yaml`, isDefault });
    expect(defaultScenarioProblems([scenario('a', true), scenario('b', false)])).toEqual([]);
    expect(defaultScenarioProblems([])).toEqual([]);
    expect(defaultScenarioProblems([scenario('a', false)])).toMatchObject([
      {
        file: 'content/scenarios/a.yaml',
        field: 'default',
        message: { nl: 'geen situatie heeft default: true', en: 'no scenario has default: true' },
      },
    ]);
    expect(defaultScenarioProblems([scenario('a', true), scenario('b', true)])).toMatchObject([
      { file: 'content/scenarios/b.yaml', message: { en: '2 scenarios have default: true (a, b)' } },
    ]);
  });
  it('wants background notes under a press release', () => {
    expect(editorNotesProblems('r.mdx', ['Cite', 'EditorNotes'])).toEqual([]);
    expect(editorNotesProblems('r.mdx', ['Cite'])).toMatchObject([
      { file: 'r.mdx', message: { en: 'this press release has no background notes' } },
    ]);
  });
  it('wants each old URL once, not a page, with a target that exists', () => {
    const pages = new Set(['/nl/', '/nl/over/']);
    const site = { isPage: (url: string) => pages.has(url), exists: (url: string) => (url.endsWith('/') ? pages.has(url) : undefined) };
    const problems = redirectProblems(
      'r.yaml',
      [
        { from: '/nl/oud/', to: '/nl/' },
        { from: '/nl/oud/', to: '/nl/weg/' },
        { from: '/nl/over/', to: '/nl/x.csv' },
      ],
      site,
    );
    expect(problems.map((problem) => `${problem.field}: ${inLang(problem.message, 'en')}`)).toEqual([
      '2: /nl/oud/ is redirected twice',
      '2: the redirect from /nl/oud/ goes to /nl/weg/, which is not a page',
      '3: /nl/over/ is still a page, so it cannot also be a redirect',
    ]);
  });
});

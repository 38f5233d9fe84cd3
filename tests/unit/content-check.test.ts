// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the real CLI, as an editor would, on one small content tree per mistake.
const repo = path.resolve(__dirname, '../..');
const fixtures = path.join(repo, 'tests/fixtures/content');

// Async, so the fixtures run side by side: each run pays tsx's start-up time.
function check(fixture: string, ...rest: (string | Record<string, string>)[]): Promise<{ code: number | null; out: string }> {
  const env = { ...process.env, CONTENT_CHECK_LANG: '', ...(rest.find((arg) => typeof arg === 'object') ?? {}) };
  const args = rest.filter((arg) => typeof arg === 'string');
  const argv = ['--import', 'tsx', 'lib/cli/content-check.ts', '--root', path.join(fixtures, fixture), '--today', '2026-01-15', ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: repo, encoding: 'utf8', env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: `${stdout}${stderr}` });
    });
  });
}

// Each case: the fixture, and lines of output that must appear (file, line or field, wording), in Dutch: the default.
const cases: [string, string[]][] = [
  [
    'frontmatter',
    [
      'content/pages/nl/home.mdx (draft): draft moet true of false zijn',
      'content/pages/nl/home.mdx (auteur): onbekend veld "auteur"',
      'content/pages/nl/home.mdx (publishedat): onbekend veld "publishedat"',
      'bedoel je publishedAt?',
      'content/pages/nl/home.mdx (reviewBy): reviewBy 2027-02-30 is geen echte datum (die dag bestaat niet)',
      'schrijf een datum die bestaat als JJJJ-MM-DD',
      'content/pages/nl/extra.mdx (locale): locale moet nl of en zijn',
    ],
  ],
  [
    'frontmatter-yaml',
    [
      'content/pages/nl/home.mdx:2: de YAML is niet te lezen: een dubbele punt (:) in een waarde (kolom 8)',
      'zet de hele waarde tussen dubbele aanhalingstekens',
      '(De parser zegt: Nested mappings are not allowed in compact mappings)',
      'content/pages/en/home.mdx:10: de link "/en/old-page/" gaat naar een pagina die niet bestaat',
      'Heb je die pagina een andere naam gegeven? Zet dan het oude adres in content/redirects.yaml',
    ],
  ],
  [
    'fact-yaml',
    [
      "content/facts/test-fact.yaml:15: de YAML is niet te lezen: een aanhalingsteken (') is geopend maar niet gesloten (kolom 14)",
      "eindig de waarde met hetzelfde aanhalingsteken (')",
    ],
  ],
  [
    'fact-schema',
    [
      'content/facts/test-fact.yaml (topic): topic moet een van deze zijn: health',
      'content/facts/test-fact.yaml (confidence): confidence moet high of medium zijn',
      'content/help/test-help.yaml (url): url moet een volledig webadres zijn dat begint met https://',
      'content/help/test-help.yaml (topics.1): topics.1 moet een van deze zijn: drugs',
    ],
  ],
  [
    'figures',
    ['content/pages/nl/over.mdx:16: er staat een getypt cijfer in de tekst ("217"): het heeft geen bron', 'toon cijfers met <Fact id='],
  ],
  [
    'claims',
    [
      'content/pages/nl/over.mdx:16: deze zin doet een bewering ("de meeste") zonder bron: "De meeste jongeren gebruiken geen drugs."',
      'zet <Cite fact="…"> vóór de zin en </Cite> erna',
      'content/pages/nl/over.mdx:23: deze zin doet een bewering ("sterker") zonder bron: "Pillen zijn sterker dan vroeger."',
      'content/pages/nl/over.mdx:26: <Cite> heeft geen tekst',
      'content/pages/en/about.mdx:16: deze zin doet een bewering ("most", "doubled") zonder bron',
      'content/examples/Fact.mdx:3: <Fact> gebruikt feit "test-fakt", maar dat bestaat niet',
      'content/examples/Fact.mdx:1: deze zin doet een bewering ("vaker") zonder bron',
    ],
  ],
  [
    'draft-link',
    [
      'content/pages/nl/home.mdx:10: de link "/nl/over/#wie" gaat naar content/pages/nl/over.mdx, maar dat is een concept of nog niet gepubliceerd',
      'publiceer die pagina eerst',
    ],
  ],
  [
    'help-phone',
    [
      'content/help/test-help.yaml (phone): het nummer 0900-1995 staat niet in de tekst van feit "test-fact", dus geen bron bevestigt het',
      'haal het nummer weg',
    ],
  ],
  // test-range.yaml (€ 3,2–4,1 miljard / €3.2–4.1 billion) and test-thousands.yaml (ruim 1.130 / over 1,130) pass.
  [
    'fact-numbers',
    [
      'content/facts/test-fact.yaml:2: het cijfer heeft in het Nederlands andere getallen ("€ 12.500", gelezen als 12500) dan in het Engels ("€12.500", gelezen als 12.5)',
      'In het Nederlands schrijf je 1.234,5 en in het Engels 1,234.5',
      'content/facts/test-percent.yaml:2: het cijfer heeft in het Nederlands andere getallen ("53,8%", gelezen als 53.8) dan in het Engels ("53,8%", gelezen als 53 en 8)',
      // The figure must be in the fact's own text too (test-thousands says "drie op de vijf" in words, which counts).
      'content/facts/test-text.yaml:2: het Nederlandse cijfer ("150 mg") noemt 150, maar de Nederlandse tekst (text) van het feit niet',
      'content/facts/test-text.yaml:2: het Engelse cijfer ("150 mg") noemt 150, maar de Engelse tekst (text) van het feit niet',
      'zorg dat het cijfer en de tekst hetzelfde getal noemen',
    ],
  ],
  [
    'series',
    [
      // test-fact.yaml passes: 1,130 read the English way, its last year from the fact's period, its 2010 point from its own Dutch excerpt (14,6).
      'content/facts/test-wrong.yaml (series.points.0.value): de waarde 84 staat niet in het bewijs (evidence), dus geen bron zegt het',
      'content/facts/test-wrong.yaml (series.points.0.year): het jaar 2011 staat niet in het bewijs (evidence)',
      'content/facts/test-wrong.yaml (series.points.1.value): de waarde 150 staat niet in het bewijs (evidence)',
      'content/facts/test-wrong.yaml (series.points.2.value): de waarde 160 staat niet in het bewijs (series.points.2.evidence)',
      'Geef het punt dan een eigen evidence: met lang:, text: (het stuk uit de bron dat dit jaar en deze waarde noemt) en source:',
      'content/facts/test-order.yaml (series.points): series.points moet elk jaar één keer noemen, het oudste eerst',
      'content/pages/nl/home.mdx:16: <Trend> heeft een feit met een reeks (series) nodig, maar "test-plain" heeft er geen',
    ],
  ],
  ['fact-no-source', ['content/facts/test-fact.yaml (source.url): dit feit heeft geen URL van de bron']],
  [
    'fact-evidence',
    [
      'content/facts/test-fact.yaml (evidence): dit feit heeft geen bewijs: het stuk uit de bron dat het zegt',
      'letterlijk overgenomen uit de bron',
      'content/facts/test-lang.yaml (evidence.lang): evidence.lang ontbreekt',
      'content/facts/test-kind.yaml (sourceKind): sourceKind past niet bij confidence',
      'gebruik sourceKind: primary met confidence: high',
    ],
  ],
  [
    'duplicate-slug',
    [
      'content/pages/nl/wie.mdx (slug): de slug "over" wordt gebruikt door 2 nl-bestanden: content/pages/nl/over.mdx en content/pages/nl/wie.mdx',
    ],
  ],
  [
    'missing-twin',
    [
      'content/pages/nl/over.mdx (translationKey): deze pagina heeft geen Engelse tweeling: geen en-pagina heeft translationKey "about"',
      'maak content/pages/en/<naam>.mdx met locale: en en translationKey: about',
      'content/pages/en/health.mdx (translationKey): deze pagina heeft geen Nederlandse tweeling: geen nl-pagina heeft translationKey "helth"',
      'content/pages/nl/gezondheid.mdx heeft translationKey "health": maak de twee keys gelijk',
    ],
  ],
  ['mdx-syntax', ['content/pages/nl/home.mdx:12: de tag <Chapter> is niet gesloten', 'zet </Chapter> na de inhoud']],
  // Braces pass MDX's parser but fail the build; a comment in braces is fine (line 14 of the fixture).
  [
    'mdx-braces',
    [
      'content/pages/nl/home.mdx:12: tekst tussen accolades wordt als code gelezen, en daarop mislukt de build: {ongeveer}',
      'schrijf \\{ en \\} om ze als teken te tonen',
    ],
  ],
  [
    'headings',
    [
      'content/pages/nl/home.mdx:10: de kop "Te klein begin" is niveau 3 (###), maar de kop erboven is de titel van de pagina (niveau 1): er is een niveau overgeslagen',
      'schrijf het als ## Te klein begin',
      'content/pages/nl/home.mdx:16: de kop "Overgeslagen kop" is niveau 4 (####), maar de kop erboven is "Goede kop" (niveau 2, ##)',
      'content/pages/nl/home.mdx:22: de kop "Even groot als het hoofdstuk" is niveau 2 (##), even groot als de titel van de <Chapter> eromheen',
      'schrijf het als ### Even groot als het hoofdstuk: binnen een <Chapter> beginnen koppen bij ###',
      'content/pages/nl/home.mdx:30: de kop "Te diep in het hoofdstuk" is niveau 4 (####), maar de kop erboven is de titel van <Chapter> "Verder"',
      'content/pages/nl/home.mdx:34: de kop "Tweede paginatitel" is niveau 1 (#), even groot als de titel van de pagina',
    ],
  ],
  [
    'mdx-quotes',
    [
      'content/pages/nl/home.mdx:12: een waarde in een tag begint met het krullende aanhalingsteken ”',
      'typ rechte dubbele aanhalingstekens',
    ],
  ],
  [
    'components',
    [
      'content/pages/nl/home.mdx:12: onbekend onderdeel <Stats>',
      'Bedoel je <Stat>?',
      'content/pages/nl/home.mdx:14: <Fact> heeft geen eigenschap "ids"',
      'content/pages/nl/home.mdx:16: <Chapter> mist de verplichte eigenschap "id"',
      'zet id="…" in de tag: de waarde moet tekst tussen dubbele aanhalingstekens zijn',
      'content/pages/nl/home.mdx:22: <Callout> eigenschap "type" heeft een verkeerde waarde "danger": de waarde moet een van deze zijn: info, tip, warning',
      'content/pages/nl/home.mdx:28: <Quote> eigenschap "persona" heeft een verkeerde waarde "ja": de waarde is een schakelaar: schrijf alleen de naam',
      'content/pages/nl/home.mdx:36: <BillLine> moet binnen <Bill>…</Bill> staan',
      'of gebruik <Fact id="…" /> voor een los cijfer',
      'content/pages/nl/home.mdx:38: <ChainStep> moet binnen <Chain>…</Chain> staan',
    ],
  ],
  [
    'unknown-fact',
    [
      'content/pages/nl/home.mdx:12: <Fact> gebruikt feit "test-fakt", maar dat bestaat niet',
      'Bedoel je "test-fact"?',
      'content/pages/nl/home.mdx:14: <Stat> heeft een feit met een cijfer nodig, maar "test-qualitative" heeft geen cijfer',
      'content/pages/nl/home.mdx:16: <HelpBox> gebruikt hulpbron "test-hulp", maar die bestaat niet',
      'content/help/test-help.yaml (fact): feit "test-fac" bestaat niet',
      // Three letters off is another fact, not a typo: no suggestion, but where to look.
      'content/pages/nl/home.mdx:18: <Stat> gebruikt feit "test-cost", maar dat bestaat niet',
      'controleer de spelling of voeg het feit toe. Geen feit heeft een id die erop lijkt: zoek het bestand in content/facts/, of kijk op het feitenoverzicht',
    ],
  ],
  [
    'links',
    [
      'content/pages/nl/home.mdx:10: de link "/nl/over" mist de / aan het eind',
      'schrijf /nl/over/',
      'content/pages/nl/home.mdx:10: de link "/nl/hulp/" gaat naar een pagina die niet bestaat',
      'content/pages/nl/home.mdx:14: de link "/nl/over/#wei" gaat naar #wei',
      'Bedoel je "wie"?',
      'content/pages/nl/home.mdx:14: de link "/en/about/#nope" gaat naar #nope',
      'messages/nl.json (Site.help): de link "/nl/hlup/" gaat naar een pagina die niet bestaat',
      'content/pages/nl/home.mdx:16: de pagina /nl/oude-naam/ bestaat niet, maar 2 links gaan ernaartoe: content/pages/nl/home.mdx:16, content/pages/nl/over.mdx:12',
      'Zet dan het oude adres in content/redirects.yaml (hoofdstuk 4 van de gids)',
      'content/pages/nl/home.mdx:16: de link "https://www.onzichtbarerekening.nl/nl/over/" gebruikt het volledige adres van de site',
      'schrijf alleen het pad, /nl/over/:',
      'content/pages/en/home.mdx:12: de link "/nl/over/" gaat naar de Nederlandse site, maar deze pagina is Engels',
      'link dan naar de Engelse pagina: /en/about/. Link je met opzet naar de Nederlandse pagina? Schrijf de link dan als <a href="/nl/over/" hrefLang="nl">…</a>',
      'content/pages/en/home.mdx:12: de link "/nl/#start" gaat naar de Nederlandse site',
      'content/pages/en/home.mdx:12: de link "/en/about/" heeft hrefLang="nl", maar gaat naar de Engelse site',
      'schrijf hrefLang="en"',
      'content/pages/en/home.mdx:14: <a> is alleen voor een link naar de andere taal',
      'content/pages/nl/home.mdx:14: de link "/en/about/#nope" gaat naar de Engelse site, maar deze pagina is Nederlands',
    ],
  ],
  [
    'images',
    [
      'content/pages/nl/home.mdx:12: de afbeelding /images/kaart.svg heeft geen alt-tekst',
      'content/pages/nl/home.mdx:14: de afbeelding /images/grafiek.png bestaat niet',
      'content/pages/nl/home.mdx:16: <Figure> mist de verplichte eigenschap "alt"',
      'content/pages/nl/home.mdx:18: het bestand public/images/kapot.png is geen afbeelding die een browser kan tonen',
      'content/pages/nl/home.mdx:20: het bestand public/images/foto.png is een JPEG-afbeelding, maar de naam zegt PNG',
      'geef het bestand een naam die eindigt op .jpg',
      'content/pages/nl/home.mdx:22: de afbeelding /images/groot.jpg is 600 kB, meer dan de 500 kB die een afbeelding op de site mag zijn',
      'maak haar hoogstens 1600 pixels breed (nu is ze 4000 × 3000 pixels)',
      'content/pages/nl/home.mdx:24: de alt-tekst van de afbeelding /images/kaart.svg is de bestandsnaam ("kaart")',
      'content/pages/nl/home.mdx:26: de alt-tekst van de afbeelding /images/kaart.svg is de bestandsnaam ("kaart.svg")',
      'content/pages/nl/home.mdx:28: de afbeelding /images/kaart.svg heeft een alt-tekst van alleen spaties',
    ],
  ],
  [
    'widgets',
    [
      'content/scenarios/festival.yaml (lines.0.fact): feit "test-fakt" bestaat niet',
      'Bedoel je "test-fact"?',
      'content/scenarios/festival.yaml (lines.1.fact): een regel van de rekening heeft een feit met een cijfer nodig, maar "test-qualitative" heeft geen cijfer',
      'content/scenarios/festival.yaml (lines.1.part): lines.1.part moet een van deze zijn: health, environment, society',
      'content/scenarios/festival.yaml (lines.0.href.nl): de link "/nl/over/#wei" gaat naar #wei',
      'Bedoel je "wie"?',
      'content/scenarios/festival.yaml (lines.1.href.en): lines.1.href.en moet een interne link zijn die begint met /en/',
      'content/scenarios/festival.yaml (total.nl): total.nl bevat het cijfer "3": elk cijfer op de site komt uit een feit',
      'content/scenarios/festival.yaml (default): geen situatie heeft default: true',
      'content/quiz/first.yaml (correct): correct moet de id van een van de antwoorden zijn',
      'content/quiz/first.yaml (options.0.text.nl): options.0.text.nl bevat het cijfer "250"',
      'content/quiz/first.yaml (fact): feit "test-fakt" bestaat niet',
      'content/quiz: de quiz heeft 1 vraag',
      'houd 6 tot 14 vragen',
    ],
  ],
  [
    'messages',
    [
      'messages/en.json (Site.tagline): bericht Site.tagline staat in messages/nl.json, maar ontbreekt hier',
      'messages/nl.json (Site.tagline): bericht Site.tagline is leeg',
      'messages/en.json (Site.help): bericht Site.help mist {name}',
    ],
  ],
];

// The same mistakes with --lang en: at least one fixture per part of the check, in English.
const english: [string, string[]][] = [
  [
    'frontmatter-yaml',
    [
      'content/pages/nl/home.mdx:2: the YAML cannot be read: a colon (:) inside a value (column 8)',
      'put the whole value in double quotes',
      '(The parser says: Nested mappings are not allowed in compact mappings)',
      'content/pages/en/home.mdx:10: the link "/en/old-page/" points to a page that does not exist',
      'If you renamed that page, add its old address to content/redirects.yaml',
    ],
  ],
  [
    'fact-schema',
    [
      'content/facts/test-fact.yaml (topic): topic must be one of: health',
      'content/facts/test-fact.yaml (confidence): confidence must be high or medium',
      'content/help/test-help.yaml (url): url must be a full web address',
      'content/help/test-help.yaml (topics.1): topics.1 must be from: drugs',
    ],
  ],
  [
    'series',
    [
      'content/facts/test-wrong.yaml (series.points.1.value): the value 150 is not in the evidence (evidence), so no source states it',
      'content/facts/test-wrong.yaml (series.points.0.year): the year 2011 is not in the evidence (evidence)',
      "Does the fact's source not give it? Then give the point its own evidence",
      'content/facts/test-order.yaml (series.points): series.points must list each year once, oldest first',
      'content/pages/nl/home.mdx:16: <Trend> needs a fact with a series, but "test-plain" has none',
    ],
  ],
  [
    'missing-twin',
    [
      'content/pages/nl/over.mdx (translationKey): this page has no English twin: no en page has translationKey "about"',
      'create content/pages/en/<name>.mdx with locale: en and translationKey: about',
      'content/pages/en/health.mdx (translationKey): this page has no Dutch twin: no nl page has translationKey "helth"',
      'content/pages/nl/gezondheid.mdx has translationKey "health": make the two keys the same',
    ],
  ],
  [
    'components',
    [
      'content/pages/nl/home.mdx:12: unknown component <Stats>',
      'Did you mean <Stat>?',
      'content/pages/nl/home.mdx:14: <Fact> has no prop "ids"',
      'content/pages/nl/home.mdx:16: <Chapter> is missing the required prop "id"',
      'content/pages/nl/home.mdx:22: <Callout> prop "type" has a bad value "danger": it must be one of: info, tip, warning',
      'content/pages/nl/home.mdx:28: <Quote> prop "persona" has a bad value "ja"',
      'content/pages/nl/home.mdx:36: <BillLine> must be inside <Bill>…</Bill>',
      'or use <Fact id="…" /> for a figure on its own',
      'content/pages/nl/home.mdx:38: <ChainStep> must be inside <Chain>…</Chain>',
    ],
  ],
  [
    'unknown-fact',
    [
      'content/pages/nl/home.mdx:12: <Fact> uses fact "test-fakt", which does not exist',
      'Did you mean "test-fact"?',
      'content/pages/nl/home.mdx:14: <Stat> needs a fact with a figure, but "test-qualitative" has none',
      'content/pages/nl/home.mdx:16: <HelpBox> uses help resource "test-hulp", which does not exist',
      'content/help/test-help.yaml (fact): fact "test-fac" does not exist',
      // Three letters off is another fact, not a typo: no suggestion, but where to look.
      'content/pages/nl/home.mdx:18: <Stat> uses fact "test-cost", which does not exist',
      'check the spelling or add the fact. No fact has a similar id: look in content/facts/ for the file, or on the fact sheet',
    ],
  ],
  [
    'links',
    [
      'content/pages/nl/home.mdx:10: the link "/nl/over" is missing its trailing slash',
      'write /nl/over/',
      'content/pages/nl/home.mdx:10: the link "/nl/hulp/" points to a page that does not exist',
      'content/pages/nl/home.mdx:14: the link "/nl/over/#wei" points to #wei',
      'Did you mean "wie"?',
      'content/pages/nl/home.mdx:14: the link "/en/about/#nope" points to #nope',
      'messages/nl.json (Site.help): the link "/nl/hlup/" points to a page that does not exist',
      'content/pages/nl/home.mdx:16: the page /nl/oude-naam/ does not exist, but 2 links point to it: content/pages/nl/home.mdx:16, content/pages/nl/over.mdx:12',
      'If you renamed that page, add its old address to content/redirects.yaml (section 4 of the guide)',
      'content/pages/nl/home.mdx:16: the link "https://www.onzichtbarerekening.nl/nl/over/" uses the site\'s full address',
      'write only the path, /nl/over/:',
      'content/pages/en/home.mdx:12: the link "/nl/over/" goes to the Dutch site, but this page is English',
      'link to the English page instead: /en/about/. Is the link to the Dutch page on purpose? Then write it as <a href="/nl/over/" hrefLang="nl">…</a>',
      'content/pages/en/home.mdx:12: the link "/nl/#start" goes to the Dutch site',
      'content/pages/en/home.mdx:12: the link "/en/about/" has hrefLang="nl", but goes to the English site',
      'write hrefLang="en"',
      'content/pages/en/home.mdx:14: <a> is only for a link to the other language',
      'content/pages/nl/home.mdx:14: the link "/en/about/#nope" goes to the English site, but this page is Dutch',
    ],
  ],
  [
    'images',
    [
      'content/pages/nl/home.mdx:12: the image /images/kaart.svg has no alt text',
      'content/pages/nl/home.mdx:14: the image /images/grafiek.png does not exist',
      'content/pages/nl/home.mdx:16: <Figure> is missing the required prop "alt"',
      'content/pages/nl/home.mdx:18: the file public/images/kapot.png is not an image a browser can show',
      'content/pages/nl/home.mdx:20: the file public/images/foto.png is a JPEG image, but its name says PNG',
      'rename the file to end in .jpg',
      'content/pages/nl/home.mdx:22: the image /images/groot.jpg is 600 kB, more than the 500 kB an image on the site may be',
      'make it at most 1600 pixels wide (it is now 4000 × 3000 pixels)',
      'content/pages/nl/home.mdx:24: the alt text of the image /images/kaart.svg is its file name ("kaart")',
      'content/pages/nl/home.mdx:26: the alt text of the image /images/kaart.svg is its file name ("kaart.svg")',
      'content/pages/nl/home.mdx:28: the image /images/kaart.svg has alt text of only spaces',
    ],
  ],
  [
    'widgets',
    [
      'content/scenarios/festival.yaml (lines.0.fact): fact "test-fakt" does not exist',
      'Did you mean "test-fact"?',
      'content/scenarios/festival.yaml (lines.1.fact): a bill line needs a fact with a figure, but "test-qualitative" has none',
      'content/scenarios/festival.yaml (lines.1.part): lines.1.part must be one of: health, environment, society',
      'content/scenarios/festival.yaml (lines.0.href.nl): the link "/nl/over/#wei" points to #wei',
      'Did you mean "wie"?',
      'content/scenarios/festival.yaml (lines.1.href.en): lines.1.href.en must be an internal link starting with /en/',
      'content/scenarios/festival.yaml (total.nl): total.nl contains the figure "3": every figure on the site comes from a fact',
      'content/scenarios/festival.yaml (default): no scenario has default: true',
      'content/quiz/first.yaml (correct): correct must be the id of one of the options',
      'content/quiz/first.yaml (options.0.text.nl): options.0.text.nl contains the figure "250"',
      'content/quiz/first.yaml (fact): fact "test-fakt" does not exist',
      'content/quiz: the quiz has 1 question',
      'keep 6 to 14 questions',
    ],
  ],
  [
    'messages',
    [
      'messages/en.json (Site.tagline): message Site.tagline is in messages/nl.json but missing here',
      'messages/nl.json (Site.tagline): message Site.tagline is empty',
      'messages/en.json (Site.help): message Site.help lacks {name}',
    ],
  ],
];

describe.concurrent('npm run content:check', { timeout: 60_000 }, () => {
  it('reports only the braces, not the comment in braces', async () => {
    const { out } = await check('mdx-braces');
    expect(out).toContain('1 fout, 0 waarschuwingen');
  });

  it('passes a clean tree', async () => {
    const { code, out } = await check('clean');
    expect(out).toMatch(/^0 fouten, 0 waarschuwingen in \d+ bestanden \(\d+,\d s\)$/m);
    expect(code).toBe(0);
  });

  it.each(cases)('explains the mistake in %s', async (fixture, expected) => {
    const { code, out } = await check(fixture);
    for (const line of expected) expect(out).toContain(line);
    expect(out).toMatch(/^fout: /m);
    expect(out).toMatch(/^[1-9]\d* fout(en)?, \d+ waarschuwing(en)? in \d+ bestanden \(/m);
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
    expect(code).toBe(1);
  });

  it.each(english)('explains the mistake in %s in English, with --lang en', async (fixture, expected) => {
    const { code, out } = await check(fixture, '--lang', 'en');
    for (const line of expected) expect(out).toContain(line);
    expect(out).toMatch(/^error: /m);
    expect(out).toMatch(/^[1-9]\d* errors?, \d+ warnings? in \d+ files \(\d+\.\d s\)/m);
    expect(code).toBe(1);
  });

  it('speaks English when CONTENT_CHECK_LANG=en, and --lang wins over it', async () => {
    const [english, dutch] = await Promise.all([
      check('clean', { CONTENT_CHECK_LANG: 'en' }),
      check('clean', { CONTENT_CHECK_LANG: 'en' }, '--lang', 'nl'),
    ]);
    expect(english.out).toMatch(/^0 errors, 0 warnings in \d+ files/m);
    expect(dutch.out).toMatch(/^0 fouten, 0 waarschuwingen in \d+ bestanden/m);
  });

  it('lists an unreadable fact first, with its uses folded under it', async () => {
    const { out } = await check('fact-yaml');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^fout: content\/facts\/test-fact\.yaml:15: de YAML is niet te lezen/);
    expect(out).toContain('    5 problemen volgen hieruit, en verdwijnen als je dit oplost:');
    for (const use of [
      'content/help/test-help.yaml (fact): dit veld gebruikt feit "test-fact", maar dat bestand is niet te lezen',
      'content/pages/nl/home.mdx:18: <Stat> gebruikt feit "test-fact", maar dat bestand is niet te lezen',
      'content/pages/nl/home.mdx:21: <BillLine> gebruikt feit "test-fact", maar dat bestand is niet te lezen',
    ])
      expect(lines).toContain(`      ${use}`);
    expect(out).toContain('1 fout, 0 waarschuwingen');
  });

  it('lists unreadable frontmatter before other files, with the link and twin that follow from it', async () => {
    const { out } = await check('frontmatter-yaml');
    const errors = out.split('\n').filter((line) => line.startsWith('fout: '));
    expect(errors[0]).toMatch(/^fout: content\/pages\/nl\/home\.mdx:2: /);
    expect(errors[1]).toMatch(/^fout: content\/pages\/en\/home\.mdx:10: de link "\/en\/old-page\/"/);
    expect(out).toContain(
      '      content/pages/en/home.mdx (translationKey): de Nederlandse tweeling van deze pagina is content/pages/nl/home.mdx, maar de frontmatter daarvan is niet te lezen',
    );
    expect(out).toContain(
      '      content/pages/en/home.mdx:10: de link "/nl/" gaat naar content/pages/nl/home.mdx, maar de frontmatter daarvan is niet te lezen',
    );
    expect(out).toContain('2 fouten, 0 waarschuwingen');
  });

  it('never suggests a far-off fact', async () => {
    const { out } = await check('unknown-fact');
    expect(out).not.toMatch(/test-cost[^\n]*\n[^\n]*Bedoel je/);
  });

  it('passes figures whose numbers match in both languages', async () => {
    const { out } = await check('fact-numbers');
    expect(out).toContain('4 fouten, 0 waarschuwingen');
  });

  it('passes a series whose every point is in its evidence, read in the source language', async () => {
    const { out } = await check('series');
    expect(out).not.toContain('test-fact.yaml');
    expect(out).toContain('6 fouten, 0 waarschuwingen');
  });

  it('passes a link to the other language written with hrefLang', async () => {
    const { out } = await check('links');
    expect(out).not.toContain('content/pages/en/home.mdx:10:');
  });

  it('passes a claim that cites its fact, in the sentence or the paragraph', async () => {
    const { out } = await check('claims');
    expect(out).not.toContain('steeds vaker');
    expect(out).not.toContain('Steeds meer');
    expect(out).not.toContain('Dat is goed nieuws');
    expect(out).toContain('6 fouten, 0 waarschuwingen');
  });

  it('warns about a passed review date for 30 days, then fails', async () => {
    const [soon, late, english] = await Promise.all([
      check('review', '--today', '2026-01-31'),
      check('review', '--today', '2026-02-01'),
      check('review', '--today', '2026-01-31', '--lang', 'en'),
    ]);
    expect(english.out).toContain('warning: content/pages/nl/home.mdx (reviewBy): reviewBy 2026-01-01 has passed (30 days ago)');
    expect(english.out).toContain('0 errors, 2 warnings');
    expect(soon.out).toContain('content/pages/nl/home.mdx (reviewBy): reviewBy 2026-01-01 is voorbij (30 dagen geleden)');
    expect(soon.out).toContain('0 fouten, 2 waarschuwingen');
    expect(soon.code).toBe(0);
    expect(late.out).toContain('content/pages/nl/home.mdx (reviewBy): reviewBy 2026-01-01 is 31 dagen voorbij');
    expect(late.code).toBe(1);
  });

  it('ends a bad run in one plain line with exit code 2', async () => {
    const { code, out } = await check('clean', '--today', 'tomorrow');
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toContain('content:check kon niet draaien');
    expect(code).toBe(2);
  });
});

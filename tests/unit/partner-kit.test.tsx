// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { routing, type Locale } from '@/i18n/routing';
import { FactCard } from '@/lib/art/fact-card';
import { layoutCard, type CardLayout } from '@/lib/art/fact-card-layout';
import { renderPoster } from '@/lib/art/poster';
import { toSvg } from '@/lib/art/render';
import { themeOf } from '@/lib/art/themes';
import { facts, getFact } from '@/lib/content';
import type { Fact } from '@/lib/content/schemas/fact';
import { publisherName } from '@/lib/facts/origin';
import {
  cardAlt,
  cardSizes,
  cardText,
  formatBytes,
  kitFacts,
  kitFiles,
  kitPageUrl,
  kitZip,
  themeOfFact,
  type CardFormat,
} from '@/lib/facts/kit';

// The partner kit (lib/facts/kit.ts, lib/art/fact-card*.tsx, lib/art/poster.ts): which facts get
// cards, what their files are called, and that the longest texts stay on the paper.

/** The bounding box of every glyph satori drew: text comes out as <path fill d> with absolute M/L/Q/Z coordinates. */
function glyphBox(svg: string) {
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity, paths: 0 };
  for (const [, d] of svg.matchAll(/<path fill="#[0-9a-f]{6}" d="([^"]+)"\/>/g)) {
    box.paths += 1;
    const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      box.left = Math.min(box.left, numbers[i]);
      box.right = Math.max(box.right, numbers[i]);
      box.top = Math.min(box.top, numbers[i + 1]);
      box.bottom = Math.max(box.bottom, numbers[i + 1]);
    }
  }
  return box;
}

/** Renders a card and checks every glyph lies inside the receipt's printable area. */
async function expectOnPaper(layout: CardLayout, format: CardFormat) {
  const svg = await toSvg(<FactCard layout={layout} />, cardSizes[format]);
  const glyphs = glyphBox(svg);
  const { content } = layout;
  expect(glyphs.paths).toBeGreaterThan(5);
  // A glyph may reach a few pixels left of its pen position (its side bearing, as in a "J"), never further.
  expect(glyphs.left).toBeGreaterThanOrEqual(content.x - 4);
  expect(glyphs.right).toBeLessThanOrEqual(content.x + content.width);
  expect(glyphs.top).toBeGreaterThanOrEqual(content.y - 4);
  expect(glyphs.bottom).toBeLessThanOrEqual(content.y + content.height + 2);
  // And the layout's own measure agrees: no line is wider than the paper.
  for (const item of layout.items) if (item.kind === 'text') expect(item.x + item.width).toBeLessThanOrEqual(content.x + content.width);
}

const longest = (list: Fact[], text: (fact: Fact) => string) =>
  list.reduce((best, fact) => (text(fact).length > text(best).length ? fact : best));
const longestWord = (fact: Fact, locale: Locale) =>
  Math.max(
    ...[fact.label?.[locale], fact.text[locale], fact.caveat?.[locale]]
      .filter(Boolean)
      .flatMap((text) => text!.split(/\s+/).map((word) => word.length)),
  );

describe('which facts the kit holds', () => {
  it('holds every fact of the registry, each with a drawing', () => {
    expect(
      kitFacts()
        .map((fact) => fact.id)
        .sort(),
    ).toEqual(facts.map((fact) => fact.id).sort());
    for (const fact of kitFacts()) expect(themeOfFact(fact), fact.id).toBeTruthy();
  });

  it('draws help lines and the campaign with drawings of their own, which no page takes as its theme', () => {
    const help = kitFacts().find((fact) => fact.topic === 'help')!;
    expect(themeOfFact(help)).toBe('help');
    expect(themeOfFact({ ...help, topic: 'campaign' })).toBe('campaign');
    expect(themeOf('help')).toBeUndefined();
    expect(themeOf('campaign')).toBeUndefined();
  });
});

describe('the files of a fact', () => {
  for (const locale of routing.locales) {
    it(`${locale}: four files per fact beside the kit page, named in the language, none shared`, () => {
      const page = kitPageUrl(locale);
      const all = kitFacts().flatMap((fact) => {
        const files = kitFiles(locale, fact.id);
        expect(files.square).toBe(`${page}${fact.id}-${locale === 'nl' ? 'vierkant' : 'square'}.png`);
        expect(files.story).toMatch(new RegExp(`^${page}${fact.id}-[a-z]+\\.png$`));
        expect(files.poster).toBe(`${page}${fact.id}-poster-a4.pdf`);
        expect(files.preview).toMatch(new RegExp(`^${page}${fact.id}-[a-z]+\\.png$`));
        return Object.values(files);
      });
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(['square', 'story', 'poster'].map((format) => kitZip(locale, format as 'square'))).size).toBe(3);
    });
  }

  it('has file sizes as a reader writes them', () => {
    expect(formatBytes(183_400, 'nl')).toBe('183 kB');
    expect(formatBytes(4_260_000, 'nl')).toBe('4,3 MB');
    expect(formatBytes(4_260_000, 'en')).toBe('4.3 MB');
  });
});

describe('what a card says', () => {
  it('carries figure, label, period, source with its year and kind, caveat, the address and the help page', () => {
    const text = cardText(getFact('soc-cost-of-drug-crime'), 'nl');
    expect(text.figure).toBe('€ 3,2–4,1 miljard');
    expect(text.words).toBe('kost drugscriminaliteit de samenleving per jaar (schatting)');
    expect(text.period).toBe('Periode: schatting, gepubliceerd in 2021');
    expect(text.source).toMatch(/^Bron: volgens een nieuwsbericht van ANP via ZeelandNet .*, 2021$/);
    expect(text.caveat).toMatch(/^Let op: Dit is een schatting met een grote marge/);
    expect(text.domain).toBe('onzichtbarerekening.nl');
    expect(text.help).toBe('Hulp nodig? onzichtbarerekening.nl/nl/hulp/');
  });

  it('shows the text of a fact without a figure, and a source without a date as undated', () => {
    const fact = kitFacts().find((candidate) => !candidate.figure && /^\D/.test(candidate.source.published))!;
    const text = cardText(fact, 'en');
    expect(text.figure).toBeUndefined();
    expect(text.words).toBe(fact.text.en);
    expect(text.source).toMatch(/, undated$/);
  });

  it('has an alt text with the figure and label in words, the period, the source and the caveat', () => {
    const fact = getFact('env-dumpings-2024');
    const alt = cardAlt(fact, 'en');
    expect(alt).toContain(`${fact.figure!.en} ${fact.label!.en}.`);
    expect(alt).toContain(fact.period.en);
    expect(alt).toContain(publisherName(fact.source, 'en'));
    expect(alt).toContain(fact.caveat!.en);
  });
});

describe('a help line on a card', () => {
  it('says when it was checked and where the current details are, in every format', () => {
    const fact = getFact('help-kindertelefoon');
    const text = cardText(fact, 'nl');
    expect(text.checked).toBe(
      `Gecontroleerd op ${new Date(fact.lastChecked).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}. Actuele gegevens: onzichtbarerekening.nl/nl/hulp/`,
    );
    expect(cardText(getFact('soc-cost-of-drug-crime'), 'nl').checked).toBeUndefined();
    for (const format of ['square', 'story', 'poster'] as const) {
      const lines = layoutCard(text, format).items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
      expect(lines.join(' '), format).toContain('Actuele gegevens: onzichtbarerekening.nl/nl/hulp/');
    }
    expect(cardAlt(fact, 'nl')).toContain(text.checked);
  });
});

describe('a fact with a series on a card', () => {
  const withSeries = kitFacts().filter((fact) => fact.series);

  it('draws a chart with a dot, a value and a period for every point, in every format and language', () => {
    expect(withSeries.length).toBeGreaterThan(0);
    for (const fact of withSeries)
      for (const locale of routing.locales)
        for (const format of ['square', 'story', 'poster'] as const) {
          const layout = layoutCard(cardText(fact, locale), format);
          const chart = layout.items.find((item) => item.kind === 'chart');
          const where = `${fact.id} ${locale} ${format}`;
          expect(chart, where).toBeDefined();
          if (chart?.kind !== 'chart') continue;
          expect(chart.dots, where).toHaveLength(fact.series!.points.length);
          const { content } = layout;
          expect(chart.x >= content.x && chart.x + chart.width <= content.x + content.width, where).toBe(true);
          const texts = layout.items.filter((item) => item.kind === 'text');
          for (const point of fact.series!.points) {
            expect(
              texts.map((item) => item.text),
              where,
            ).toContain(new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(point.value));
            expect(
              texts.map((item) => item.text),
              where,
            ).toContain(point.label?.[locale] ?? String(point.year));
          }
          // Labels sit inside the paper, under and over the chart's own dots.
          for (const item of texts)
            expect(item.x >= content.x - 1 && item.x + item.width <= content.x + content.width + 1, `${where}: ${item.text}`).toBe(true);
        }
  });

  it('names the source of years that come from another source than the fact', () => {
    const fact = getFact('env-dumpings-2024');
    const own = fact.series!.points[0].evidence!.source!;
    const line = `Bron voor 2022 en 2023: ${own.publisher} (${own.note!.nl}), ${own.published.slice(0, 4)}`;
    expect(cardText(fact, 'nl').trend?.sources).toEqual([line]);
    for (const format of ['square', 'story', 'poster'] as const)
      expect(
        layoutCard(cardText(fact, 'nl'), format).items.some((item) => item.kind === 'text' && line.startsWith(item.text)),
        format,
      ).toBe(true);
    expect(cardAlt(fact, 'nl')).toContain(`${line}.`);
    expect(cardText(getFact('health-ecstasy-tablet-strength'), 'nl').trend?.sources).toEqual([]);
  });

  it('dashes the line across years without a figure, and says so', () => {
    const fact = getFact('health-ecstasy-tablet-strength');
    const text = cardText(fact, 'en');
    expect(text.trend?.gapNote).toBe('A dotted line spans years for which the source gives no figure.');
    const chart = layoutCard(text, 'story').items.find((item) => item.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.gaps).toMatch(/^M/);
    expect(cardAlt(fact, 'nl')).toContain('Van 84 mg MDMA per pil in 2011, via 170 in 2019, naar 144 in 2022.');
  });
});

describe('long texts stay on the paper', () => {
  const kit = kitFacts();
  for (const locale of routing.locales) {
    const cases: [string, Fact][] = [
      [
        'the longest label',
        longest(
          kit.filter((fact) => fact.label),
          (fact) => fact.label![locale],
        ),
      ],
      [
        'the longest text of a fact without a figure',
        longest(
          kit.filter((fact) => !fact.figure),
          (fact) => fact.text[locale],
        ),
      ],
      [
        'the longest caveat',
        longest(
          kit.filter((fact) => fact.caveat),
          (fact) => fact.caveat![locale],
        ),
      ],
      ['the longest word', kit.reduce((best, fact) => (longestWord(fact, locale) > longestWord(best, locale) ? fact : best))],
    ];
    for (const [what, fact] of cases) {
      for (const format of ['square', 'story'] as const) {
        it(`${locale} ${format}: ${what} (${fact.id})`, async () => {
          await expectOnPaper(layoutCard(cardText(fact, locale), format), format);
        });
      }
    }
  }

  it('shrinks a label of long Dutch compounds and a long caveat until they fit, rather than run off', async () => {
    const base = getFact('env-dumpings-2024');
    const compound = 'drugsafvaldumpingbestrijdingssubsidieregeling';
    const fact: Fact = {
      ...base,
      figure: { nl: 'ruim 1.234.567', en: 'over 1,234,567' },
      label: { nl: `${compound} en ${compound} voor ${compound}`, en: base.label!.en },
      caveat: { nl: `${base.caveat!.nl} ${base.caveat!.nl} ${base.caveat!.nl}`, en: base.caveat!.en },
    };
    for (const format of ['square', 'story'] as const) {
      const layout = layoutCard(cardText(fact, 'nl'), format);
      const labelSize = (card: CardLayout) => card.items.find((item) => item.kind === 'text' && item.font === 'sansBold')!;
      const ordinary = labelSize(layoutCard(cardText(base, 'nl'), format));
      const long = labelSize(layout);
      expect(long.kind === 'text' && long.text).toContain(compound);
      expect(long.kind === 'text' && ordinary.kind === 'text' && long.size < ordinary.size).toBe(true);
      await expectOnPaper(layout, format);
    }
  });

  it('refuses a text that cannot fit even small, naming the card, instead of drawing it off the paper', () => {
    const base = getFact('env-dumpings-2024');
    const fact: Fact = { ...base, caveat: { nl: 'veel te lang '.repeat(400), en: base.caveat!.en } };
    expect(() => layoutCard(cardText(fact, 'nl'), 'square')).toThrow(/does not fit on the square card/);
  });
});

describe('the poster', () => {
  it('is a one-page A4 PDF with the fonts embedded and the figure in it', async () => {
    const fact = getFact('soc-cost-of-drug-crime');
    const pdf = await renderPoster(layoutCard(cardText(fact, 'nl'), 'poster'), {
      title: 'Titel',
      author: 'De onzichtbare rekening',
      subject: 'Onderwerp',
      lang: 'nl-NL',
      date: new Date('2026-11-01'),
    });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text.match(/\/FontFile2/g)?.length).toBe(4);
    expect(text).toContain('/Lang (nl-NL)');
    // Vectors and font subsets: a poster is small enough to mail.
    expect(pdf.length).toBeLessThan(80_000);
  });
});

import type { Locale } from '@/i18n/routing';
import type { Drawing } from '@/lib/art/themes';
import { changeSentence, formatValue, hasGaps, periodOf, pointSourceLabel, pointSources } from '@/lib/charts/trend';
import { findByKey } from '@/lib/content';
import type { Fact } from '@/lib/content/schemas/fact';
import { publisherName, sourceOrigin } from '@/lib/facts/origin';
import { factsByTopic } from '@/lib/facts/sheet';
import { formatDate, localeTag } from '@/lib/format';
import { translator, type MessageKey } from '@/lib/i18n/translator';
import { siteUrl } from '@/lib/site';

// The partner kit (issue 16): every fact of the registry as a square card, a portrait "story" card
// and an A4 poster, per language, for municipalities, schools and youth workers. Nothing here is
// drawn by hand: lib/build/partner-kit.tsx renders it all from content/facts/ at build time, and the
// page (translationKey: materials) lists it with the PartnerKit widget.

export const kitFormats = ['square', 'story', 'poster'] as const;
export type KitFormat = (typeof kitFormats)[number];

/** The two PNG cards, in pixels: Instagram's square post and its full-screen story. */
export const cardSizes = { square: { width: 1080, height: 1080 }, story: { width: 1080, height: 1920 } } as const;
export type CardFormat = keyof typeof cardSizes;

/** The page's preview of a card is the square card this wide: small enough for a phone on a slow line. */
export const previewSize = { width: 240, height: 240 } as const;

/** Every fact of the registry, in the fact sheet's order (the page groups them as the fact sheet does). */
export const kitFacts = (): Fact[] => factsByTopic().flatMap((group) => group.facts);

// Each topic's drawing (lib/art/themes.tsx): the theme pages' own, and two drawn for the kit only.
const drawingOfTopic: Record<Fact['topic'], Drawing> = {
  health: 'health',
  environment: 'environment',
  society: 'society',
  online: 'online',
  youth: 'youth',
  community: 'communities',
  help: 'help',
  campaign: 'campaign',
};

export const themeOfFact = (fact: Fact): Drawing => drawingOfTopic[fact.topic];

/** The kit page of a language, by translationKey: the files sit beside it. */
export function kitPageUrl(locale: Locale): string {
  const page = findByKey(locale, 'materials');
  if (!page) throw new Error(`There is no ${locale} page with translationKey: materials, so the partner kit has no home.`);
  return page.url;
}

// File names say what they are in the reader's language: a partner who downloads twenty files can
// still tell them apart.
const words: Record<Locale, Record<KitFormat | 'preview', string>> = {
  nl: { square: 'vierkant', story: 'staand', poster: 'poster-a4', preview: 'voorbeeld' },
  en: { square: 'square', story: 'portrait', poster: 'poster-a4', preview: 'preview' },
};
const zipWords: Record<Locale, string> = { nl: 'materiaal', en: 'materials' };

export const fileExtension = (format: KitFormat) => (format === 'poster' ? 'pdf' : 'png');

/** The site paths of one fact's files in one language. */
export function kitFiles(locale: Locale, id: string): Record<KitFormat | 'preview', string> {
  const base = `${kitPageUrl(locale)}${id}`;
  return {
    square: `${base}-${words[locale].square}.png`,
    story: `${base}-${words[locale].story}.png`,
    poster: `${base}-${words[locale].poster}.pdf`,
    preview: `${base}-${words[locale].preview}.png`,
  };
}

/** One zip per format and language: all three in one would be tens of megabytes for a partner who wants only posters. */
export const kitZip = (locale: Locale, format: KitFormat) =>
  `${kitPageUrl(locale)}onzichtbare-rekening-${zipWords[locale]}-${words[locale][format]}.zip`;

/** The campaign's address as printed: the domain without www. */
export const domain = new URL(siteUrl).host.replace(/^www\./, '');

/** Everything printed on a card, in one language; the card and the poster lay it out. */
export type CardText = {
  theme: Drawing;
  brand: string;
  topic: string;
  /** The figure, or nothing for a fact without one. */
  figure?: string;
  /** The label under the figure, or the fact's text when it has no figure. */
  words: string;
  period: string;
  source: string;
  caveat?: string;
  /** For a help line, which can change: when it was last checked, and where the current details are. */
  checked?: string;
  /** The fact's series, drawn as a small chart under the figure. */
  trend?: CardTrend;
  domain: string;
  help: string;
};

export type CardTrend = {
  caption: string;
  points: { year: number; value: number }[];
  values: string[];
  periods: string[];
  /** Said in words when the line is dashed across years without a figure. */
  gapNote?: string;
  /** The sources of years that are not the fact's own source: "Bron voor 2022 en 2023: Nieuws.nl, 2024". */
  sources: string[];
};

/** The year a source was published, read as the site's source lists read it ("zonder datum" when unknown). */
const yearOf = (published: string, locale: Locale) => /^(\d{4})/.exec(published)?.[1] ?? translator(locale)('Sources.undated');

function cardTrend(fact: Fact, locale: Locale): CardTrend | undefined {
  const { series } = fact;
  if (!series) return undefined;
  const t = translator(locale);
  return {
    caption: t('PartnerKit.card.trend', { unit: series.unit[locale] }),
    points: series.points.map(({ year, value }) => ({ year, value })),
    values: series.points.map((point) => formatValue(point.value, locale)),
    periods: series.points.map((point) => periodOf(point, locale)),
    gapNote: hasGaps(series) ? t('Trend.gaps') : undefined,
    sources: pointSources(series, locale).flatMap(({ periods, source }) =>
      source ? [`${pointSourceLabel(periods, t)}: ${publisherName(source, locale)}, ${yearOf(source.published, locale)}`] : [],
    ),
  };
}

export function cardText(fact: Fact, locale: Locale): CardText {
  const t = translator(locale);
  const help = findByKey(locale, 'help');
  const helpAddress = `${domain}${help?.url ?? `/${locale}/`}`;
  return {
    theme: themeOfFact(fact),
    brand: t('Site.name'),
    topic: t(`FactSheet.topics.${fact.topic}` as MessageKey),
    figure: fact.figure?.[locale],
    words: fact.figure && fact.label ? fact.label[locale] : fact.text[locale],
    period: `${t('PartnerKit.card.period')}: ${fact.period[locale]}`,
    // A second-hand source says so, as everywhere on the site: "Bron: volgens een nieuwsbericht van NOS, 2024".
    source: `${t('PartnerKit.card.source')}: ${sourceOrigin(fact, t, locale)}, ${yearOf(fact.source.published, locale)}`,
    // The site never shows a figure without its caveat (the Stat component, the fact sheet): neither does a card.
    caveat: fact.caveat ? `${t('PartnerKit.card.caveat')}: ${fact.caveat[locale]}` : undefined,
    // Numbers and opening hours of help lines change, and a printed poster cannot be corrected: it
    // says when the details were checked and where the current ones are, in every format.
    checked:
      fact.topic === 'help'
        ? t('PartnerKit.card.checked', { date: formatDate(fact.lastChecked, locale), address: helpAddress })
        : undefined,
    trend: cardTrend(fact, locale),
    domain,
    help: t('PartnerKit.card.help', { address: helpAddress }),
  };
}

/** A card's alt text: everything it says, in words, in reading order. */
export function cardAlt(fact: Fact, locale: Locale): string {
  const t = translator(locale);
  const text = cardText(fact, locale);
  const figure = text.figure ? `${text.figure} ${text.words}.` : text.words;
  // The chart in words, as the site's Trend figure says it: "Van 84 mg MDMA per pil in 2011, …".
  const content = fact.series ? `${figure} ${changeSentence(fact.series, locale, t)}` : figure;
  const alt = t('PartnerKit.alt', {
    topic: text.topic.toLocaleLowerCase(localeTag[locale]),
    content,
    period: fact.period[locale],
    source: text.source,
  });
  const others = (text.trend?.sources ?? []).map((source) => `${source}.`);
  return [alt, ...others, fact.caveat && t('PartnerKit.altCaveat', { caveat: fact.caveat[locale] }), text.checked]
    .filter(Boolean)
    .join(' ');
}

/**
 * A download's size is known only once the build has rendered it, after next build wrote the page.
 * The widget leaves an empty element with this attribute naming the file; the build step writes the
 * size into it ("180 kB"), so the link text tells a partner on a phone what they are about to load.
 */
export const sizeAttribute = 'data-kit-size';

/** A file size as a reader says it: "180 kB", "1,2 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(localeTag[locale], { maximumFractionDigits: digits }).format(value);
  return bytes < 1_000_000 ? `${number(Math.max(1, Math.round(bytes / 1000)), 0)} kB` : `${number(bytes / 1_000_000, 1)} MB`;
}

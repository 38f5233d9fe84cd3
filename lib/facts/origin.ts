import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/i18n/routing';
import type { Fact } from '@/lib/content/schemas/fact';

// Where a fact comes from, in the reader's words. A fact taken from a news report or another
// second-hand source says so wherever its source is named (issue 11): the publisher alone would
// read as if that outlet were the original source.

/**
 * A source's publisher in the reader's language: the name, and its note when it has one ("NH Nieuws
 * (cijfers van de politie)"). The name is the same in every language; the note is written per
 * language, so a Dutch page never shows an English aside.
 */
export function publisherName(source: Pick<Fact['source'], 'publisher' | 'note'>, locale: Locale): string {
  return source.note ? `${source.publisher} (${source.note[locale]})` : source.publisher;
}

/** The publisher as a source list or quiz names it: "Politie", or "volgens een nieuwsbericht van NH Nieuws". */
export function sourceOrigin(fact: Pick<Fact, 'sourceKind' | 'source'>, t: Translate, locale: Locale): string {
  const publisher = publisherName(fact.source, locale);
  if (fact.sourceKind === 'news') return t('SourceKind.newsBy', { publisher });
  if (fact.sourceKind === 'secondary') return t('SourceKind.secondaryBy', { publisher });
  return publisher;
}

/** The same, at the start of a sentence or list entry. */
export function sourceOriginStart(fact: Pick<Fact, 'sourceKind' | 'source'>, t: Translate, locale: Locale): string {
  const origin = sourceOrigin(fact, t, locale);
  return origin.charAt(0).toLocaleUpperCase() + origin.slice(1);
}

/** The fact's confidence in words: "Oorspronkelijke bron", or what kind of second-hand source it is. */
export function sourceKindWords(fact: Pick<Fact, 'sourceKind'>, t: Translate): string {
  return t(`SourceKind.${fact.sourceKind}`);
}

/** A language code in the reader's language: "en" is "Engels" on a Dutch page. */
export function languageName(lang: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
}

import type { Locale } from '@/i18n/routing';
import type { Fact } from '@/lib/content/schemas/fact';
import { languageName } from '@/lib/facts/origin';
import type { Translate } from '@/lib/i18n/translator';

type Props = { fact: Pick<Fact, 'evidence' | 'source'>; locale: Locale; t: Translate; className?: string };

/** The label above a fact's evidence; it names the source's language when it is not the page's. */
export function evidenceLabel(fact: Pick<Fact, 'evidence'>, locale: Locale, t: Translate): string {
  const { lang } = fact.evidence;
  return lang === locale ? t('Evidence.says') : t('Evidence.saysIn', { language: languageName(lang, locale) });
}

/**
 * The passage of the source that states the fact, verbatim and marked with the source's language,
 * so a screen reader pronounces it in that language and a reader can check the site's words.
 */
export function EvidenceQuote({ fact, className = '' }: Pick<Props, 'fact' | 'className'>) {
  return (
    <blockquote lang={fact.evidence.lang} cite={fact.source.url} className={`evidence border-l-4 border-rule pl-3 ${className}`}>
      <p>{fact.evidence.text}</p>
    </blockquote>
  );
}

/** Label and quote together, for a source list entry. */
export function Evidence({ fact, locale, t, className = '' }: Props) {
  return (
    <div className={`mt-1 ${className}`}>
      <p className="font-bold">{evidenceLabel(fact, locale, t)}:</p>
      <EvidenceQuote fact={fact} className="mt-1" />
    </div>
  );
}

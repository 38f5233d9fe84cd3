import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/i18n/routing';
import { Disclosure } from '@/components/site/Disclosure';
import { correctionHref, type Correction } from '@/lib/content/corrections';
import { formatDate } from '@/lib/format';

type Props = { entries: Correction[]; locale: Locale; t: Translate; className?: string };

/**
 * "Gecorrigeerd op …" on a page or fact that changed, each linking to its entry in the corrections log.
 * Several corrections fold into one line that opens, so they do not push the page's message down.
 */
export function CorrectedNote({ entries, locale, t, className = '' }: Props) {
  const linked = entries.map((entry) => ({ entry, href: correctionHref(locale, entry) })).filter((item) => item.href);
  if (linked.length === 0) return null;
  const list = (
    <ul className="space-y-1">
      {linked.map(({ entry, href }) => (
        <li key={entry.id}>
          <a href={href} className="inline-flex min-h-6 items-center font-bold text-link">
            {t('Corrections.correctedOn', { date: formatDate(entry.date, locale), title: entry.title[locale] })}
          </a>
        </li>
      ))}
    </ul>
  );
  const latest = linked
    .map(({ entry }) => entry.date)
    .sort()
    .at(-1)!;
  return (
    <div data-corrected className={`not-prose rounded bg-paper text-base text-ink ${linked.length > 1 ? 'px-3' : ''} ${className}`}>
      {linked.length > 1 ? (
        <Disclosure summary={t('Corrections.correctedTimes', { count: linked.length, date: formatDate(latest, locale) })}>
          <div className="pb-3">{list}</div>
        </Disclosure>
      ) : (
        list
      )}
    </div>
  );
}

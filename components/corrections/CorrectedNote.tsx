import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/i18n/routing';
import { correctionHref, type Correction } from '@/lib/content/corrections';
import { formatDate } from '@/lib/format';

type Props = { entries: Correction[]; locale: Locale; t: Translate; className?: string };

/** "Gecorrigeerd op …" on a page or fact that changed, each linking to its entry in the corrections log. */
export function CorrectedNote({ entries, locale, t, className = '' }: Props) {
  const linked = entries.map((entry) => ({ entry, href: correctionHref(locale, entry) })).filter((item) => item.href);
  if (linked.length === 0) return null;
  return (
    <ul data-corrected className={`not-prose space-y-1 rounded bg-paper text-base text-ink ${className}`}>
      {linked.map(({ entry, href }) => (
        <li key={entry.id}>
          <a href={href} className="inline-flex min-h-6 items-center font-bold text-link">
            {t('Corrections.correctedOn', { date: formatDate(entry.date, locale), title: entry.title[locale] })}
          </a>
        </li>
      ))}
    </ul>
  );
}

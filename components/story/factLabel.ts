import type { Fact } from '@/lib/content/schemas/fact';
import type { Locale } from '@/i18n/routing';

/** A figure's label with its period, unless the label already names the period. */
export function labelWithPeriod(fact: Fact, locale: Locale): string {
  const label = fact.label?.[locale] ?? '';
  const period = fact.period[locale];
  return label.includes(period) ? label : `${label} (${period})`;
}

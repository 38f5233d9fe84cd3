import type { Fact } from '@/lib/content/schemas/fact';
import type { Locale } from '@/i18n/routing';

/**
 * A figure's label with its period, unless the label already names the period. A closing note in
 * the label that the period repeats ("(schatting)" and "schatting, gepubliceerd in 2023") is said
 * once, inside the period's brackets.
 */
export function labelWithPeriod(fact: Fact, locale: Locale): string {
  const label = fact.label?.[locale] ?? '';
  const period = fact.period[locale];
  if (label.includes(period)) return label;
  const note = /\s*\(([^()]+)\)$/.exec(label);
  const repeated = note && period.toLowerCase().includes(note[1].toLowerCase());
  // No brackets inside brackets: "2014 (estimate)" reads "(2014, estimate)" after a label.
  const flat = period.replace(/\s*\(([^()]+)\)/g, ', $1');
  return `${repeated ? label.slice(0, note.index) : label} (${flat})`;
}

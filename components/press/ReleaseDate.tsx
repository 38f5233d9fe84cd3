import type { Locale } from '@/i18n/routing';
import { isDayOnly } from '@/lib/content/press';
import { formatDate, formatDateTime } from '@/lib/format';

/** A release's date: the day alone when that is all the release states, never a made-up time. */
export function ReleaseDate({ date, locale }: { date: string; locale: Locale }) {
  return <time dateTime={date}>{isDayOnly(date) ? formatDate(date, locale) : formatDateTime(date, locale)}</time>;
}

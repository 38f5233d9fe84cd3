import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';
import { isRealDate } from '@/lib/content/schemas/common';

const DAY = 24 * 60 * 60 * 1000;
// After its reviewBy date a page may stay up this long with a warning; then the build stops.
export const GRACE_DAYS = 30;

export { isRealDate };

/** Today as YYYY-MM-DD in the editor's own time zone, not UTC. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A page past its reviewBy date: a warning for the first GRACE_DAYS days, an error after that. */
export function checkReview(content: Content, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    const reviewBy = doc.data.reviewBy;
    if (typeof reviewBy !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(reviewBy) || !isRealDate(reviewBy)) continue;
    const day = reviewBy.slice(0, 10);
    const late = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / DAY);
    if (late <= 0) continue;
    const fix = {
      nl: 'laat een redacteur de pagina opnieuw lezen (feiten, links, toon) en zet reviewBy daarna op een nieuwe datum',
      en: 'have an editor re-read the page (facts, links, tone), then set reviewBy to a new date',
    };
    if (late <= GRACE_DAYS) {
      problems.push({
        file: doc.file,
        field: 'reviewBy',
        level: 'warning',
        message: {
          nl: `reviewBy ${day} is voorbij (${late} ${late === 1 ? 'dag' : 'dagen'} geleden); vanaf ${addDays(day, GRACE_DAYS + 1)} stopt dit de build`,
          en: `reviewBy ${day} has passed (${late} day${late === 1 ? '' : 's'} ago); from ${addDays(day, GRACE_DAYS + 1)} this stops the build`,
        },
        fix,
      });
    } else {
      problems.push({
        file: doc.file,
        field: 'reviewBy',
        message: {
          nl: `reviewBy ${day} is ${late} dagen voorbij, langer dan de ${GRACE_DAYS} dagen die mogen`,
          en: `reviewBy ${day} passed ${late} days ago, more than the ${GRACE_DAYS} days allowed`,
        },
        fix,
      });
    }
  }
  return problems;
}

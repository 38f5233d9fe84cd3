import type { Locale } from '@/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

/** What every story component knows about the page it is on. */
export type StoryContext = {
  locale: Locale;
  /** The fact ids the page uses, in order of first use: source note n is factIds[n - 1]. */
  factIds: string[];
  t: Translate;
};

export function sourceNumber(ctx: StoryContext, factId: string): number {
  const index = ctx.factIds.indexOf(factId);
  return index === -1 ? ctx.factIds.length + 1 : index + 1;
}

import type { StoryContext } from '@/components/story/context';
import { findByKey } from '@/lib/content';
import { SearchBox } from './SearchBox';

type Props = { ctx: StoryContext };

const labelKeys = ['label', 'button', 'loading', 'failed', 'results'] as const;

/** The search page's form; the page that lists every page is its fallback without JavaScript. */
export function Search({ ctx }: Props) {
  const { t, locale } = ctx;
  const fallback = findByKey(locale, 'sitemap');
  const labels = Object.fromEntries(labelKeys.map((key) => [key, t(`Search.${key}`)])) as Record<(typeof labelKeys)[number], string>;
  const placeholders = { count: '{count}', query: '{query}' };
  return (
    <>
      <SearchBox
        fallbackHref={fallback?.url ?? `/${locale}/`}
        labels={{
          ...labels,
          none: t('Search.none', placeholders),
          countOne: t('Search.countOne', placeholders),
          countOther: t('Search.countOther', placeholders),
        }}
      />
      {fallback ? (
        <p className="not-prose mt-6 text-base">
          {t('Search.fallback')}{' '}
          <a href={fallback.url} className="font-bold text-link">
            {t('Search.allPages')}
          </a>
        </p>
      ) : null}
    </>
  );
}

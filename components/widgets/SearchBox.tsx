import { partAttribute, searchWidget, widgetRoot } from '@/lib/enhance/contracts';
import { primaryButton } from './button';

type Labels = Record<'label' | 'button' | 'loading' | 'none' | 'countOne' | 'countOther' | 'failed' | 'results', string>;
type Props = { labels: Labels; fallbackHref: string };

/**
 * Search over the built site. Without JavaScript the form goes to the page that lists every page
 * (the field has no name, so no query travels along); with it (lib/enhance/search.ts) pagefind
 * searches in place and fills the status and the empty result list below.
 */
export function SearchBox({ labels, fallbackHref }: Props) {
  return (
    <div
      className="not-prose mt-6"
      data-pagefind-ignore="all"
      {...widgetRoot(searchWidget, {
        loading: labels.loading,
        none: labels.none,
        countOne: labels.countOne,
        countOther: labels.countOther,
        failed: labels.failed,
      })}
    >
      <form role="search" action={fallbackHref} method="get" {...partAttribute(searchWidget, 'form')}>
        <label htmlFor="search-query" className="block text-lg font-bold">
          {labels.label}
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="search-query"
            type="search"
            autoComplete="off"
            {...partAttribute(searchWidget, 'input')}
            className="min-h-tap min-w-0 flex-1 basis-48 rounded-md border-2 border-muted bg-paper px-3 text-ink"
          />
          <button type="submit" className={primaryButton}>
            {labels.button}
          </button>
        </div>
      </form>
      <p role="status" {...partAttribute(searchWidget, 'status')} className="mt-4 font-bold" />
      <ol aria-label={labels.results} {...partAttribute(searchWidget, 'results')} hidden className="mt-4 space-y-5" />
    </div>
  );
}

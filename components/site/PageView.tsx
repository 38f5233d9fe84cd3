import type { Locale } from '@/i18n/routing';
import { storyComponents } from '@/components/story/registry';
import { Sources } from '@/components/story/Sources';
import type { StoryContext } from '@/components/story/context';
import { findByKey, isPublished, twinUrl, type Doc } from '@/lib/content';
import { mdxContent } from '@/lib/content/mdx';
import { translator } from '@/lib/i18n/translator';
import { otherLocale } from '@/lib/site';
import { SiteFrame } from './SiteFrame';

type Props = { doc: Doc; locale: Locale };

/** Renders one MDX document inside the site chrome, with its sources gathered at the end. */
export function PageView({ doc, locale }: Props) {
  const t = translator(locale);
  const ctx: StoryContext = { locale, factIds: doc.factIds, t };
  const Content = mdxContent(doc.body.code);
  // The home page puts the receipt straight on the dark background, so the paper is the bill itself.
  const onNight = doc.slug === '';
  const writesOwnSources = doc.body.raw.includes('<Sources');
  return (
    <SiteFrame locale={locale} t={t} twinHref={twinUrl(doc, otherLocale(locale))} currentKey={doc.translationKey}>
      <article className={`mx-auto rounded-lg px-5 py-8 sm:px-10 ${onNight ? 'max-w-page text-onNight' : 'max-w-measure bg-paper text-ink'}`} data-pagefind-body>
        {!isPublished(doc) ? (
          <p role="status" className="mb-6 rounded border-2 border-accent p-3 font-bold text-accent">
            {t('Page.draft')}
          </p>
        ) : null}
        <div className={`prose prose-lg max-w-none ${onNight ? 'on-night home-grid' : ''}`}>
          <h1>{doc.title}</h1>
          {/* eslint-disable-next-line react-hooks/static-components -- cached per document in mdxContent; a server component keeps no state */}
          <Content components={storyComponents(ctx)} />
        </div>
        {writesOwnSources ? null : <Sources ctx={ctx} factSheetSlug={findByKey(locale, 'facts')?.slug} onNight={onNight} />}
      </article>
    </SiteFrame>
  );
}

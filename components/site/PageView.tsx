import type { Locale } from '@/i18n/routing';
import { storyComponents } from '@/components/story/registry';
import { Sources } from '@/components/story/Sources';
import type { StoryContext } from '@/components/story/context';
import { CorrectedNote } from '@/components/corrections/CorrectedNote';
import { PressContactCard } from '@/components/press/PressContactCard';
import { ReleaseHeader } from '@/components/press/ReleaseHeader';
import { findByKey, isPublished, twinUrl, type Doc } from '@/lib/content';
import { correctionsOfPage } from '@/lib/content/corrections';
import { mdxContent } from '@/lib/content/mdx';
import { usesComponent } from '@/lib/content/mdx-tree';
import { contactsOf, isRelease } from '@/lib/content/press';
import { pageFactIds } from '@/lib/content/widget-facts';
import { translator } from '@/lib/i18n/translator';
import { ThemeArt, themeOf } from '@/lib/art/themes';
import { structuredData } from '@/lib/structured-data';
import { absolute, otherLocale } from '@/lib/site';
import { JsonLd } from './JsonLd';
import { ShareControl } from './ShareControl';
import { SiteFrame } from './SiteFrame';

type Props = { doc: Doc; locale: Locale };

/** Renders one MDX document inside the site chrome, with its sources gathered at the end. */
export function PageView({ doc, locale }: Props) {
  const t = translator(locale);
  const ctx: StoryContext = { locale, factIds: pageFactIds(doc), t };
  const Content = mdxContent(doc.body.code);
  // The home page puts the receipt straight on the dark background, so the paper is the bill itself.
  const onNight = doc.slug === '';
  const writesOwnSources = usesComponent(doc.body.raw, 'Sources');
  // The search page names example words ("xtc, afval, klusje"), so indexing it would make it the
  // first result for the very words it suggests.
  const searchable = doc.translationKey !== 'search';
  return (
    <SiteFrame locale={locale} t={t} twinHref={twinUrl(doc, otherLocale(locale))} currentKey={doc.translationKey}>
      <article
        className={`mx-auto rounded-lg px-5 pb-8 sm:px-10 ${onNight ? 'max-w-page pt-4 text-onNight' : 'max-w-measure bg-paper pt-8 text-ink'}`}
        data-pagefind-body={searchable ? '' : undefined}
      >
        {!isPublished(doc) ? (
          <p role="status" className="mb-6 rounded border-2 border-accent p-3 font-bold text-accent">
            {t('Page.draft')}
          </p>
        ) : null}
        <div className={`prose prose-lg max-w-none ${onNight ? 'on-night home-grid' : ''}`}>
          <PageTitle title={doc.title} translationKey={doc.translationKey} />
          <CorrectedNote entries={correctionsOfPage(doc.translationKey)} locale={locale} t={t} className="mb-6" />
          {isRelease(doc) ? <ReleaseHeader release={doc} ctx={ctx} /> : null}
          {/* eslint-disable-next-line react-hooks/static-components -- cached per document in mdxContent; a server component keeps no state */}
          <Content components={storyComponents(ctx)} />
        </div>
        {isRelease(doc) ? <ReleaseFooter doc={doc} ctx={ctx} /> : null}
        {writesOwnSources ? null : (
          <Sources ctx={ctx} factSheetSlug={findByKey(locale, 'facts')?.slug} onNight={onNight} collapsed={onNight} />
        )}
        <ShareControl url={absolute(doc.url)} title={doc.title} t={t} />
      </article>
      <JsonLd data={structuredData(doc, locale)} />
    </SiteFrame>
  );
}

/** The page's h1; a theme page's drawing sits beside it, and the title's first lines wrap around it. */
function PageTitle({ title, translationKey }: { title: string; translationKey: string }) {
  const theme = themeOf(translationKey);
  if (!theme) return <h1>{title}</h1>;
  return (
    <div className="flow-root">
      {/* Floated, so the title still starts at the top of a phone screen. The accent follows the colour
          scheme through its CSS variable, like the rest of the site. */}
      <ThemeArt theme={theme} size={88} accent="var(--c-accent)" className="float-right ml-3 h-16 w-16 text-ink sm:ml-6 sm:h-22 sm:w-22" />
      <h1>{title}</h1>
    </div>
  );
}

/** Below a release: its press contact and the way back to the press room. */
function ReleaseFooter({ doc, ctx }: { doc: Extract<Doc, { type: 'PressRelease' }>; ctx: StoryContext }) {
  const room = findByKey(ctx.locale, 'press');
  return (
    <>
      <PressContactCard contacts={contactsOf(doc)} ctx={ctx} headingId="contact" heading={ctx.t('PressRelease.contact')} />
      {room ? (
        <p className="mt-6">
          <a href={room.url} className="inline-flex min-h-tap items-center font-bold text-link">
            {ctx.t('PressRelease.all')}
          </a>
        </p>
      ) : null}
    </>
  );
}

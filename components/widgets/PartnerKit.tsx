import type { StoryContext } from '@/components/story/context';
import { ThemeArt } from '@/lib/art/themes';
import { topicAnchor } from '@/lib/content/anchors';
import type { Fact } from '@/lib/content/schemas/fact';
import {
  cardAlt,
  cardSizes,
  fileExtension,
  kitFiles,
  kitFormats,
  kitZip,
  previewSize,
  sizeAttribute,
  themeOfFact,
  type KitFormat,
} from '@/lib/facts/kit';
import { factsByTopic } from '@/lib/facts/sheet';
import type { MessageKey } from '@/lib/i18n/translator';
import { Disclosure } from '@/components/site/Disclosure';

type Props = { ctx: StoryContext };

/** The file's size, written in by the build (lib/build/partner-kit.tsx) once the file exists. */
const Size = ({ path }: { path: string }) => <span {...{ [sizeAttribute]: path }} />;

function kind(format: KitFormat, t: StoryContext['t']) {
  if (fileExtension(format) === 'pdf') return t('PartnerKit.fileKind.pdf');
  const size = cardSizes[format as keyof typeof cardSizes];
  return t('PartnerKit.fileKind.png', { width: size.width, height: size.height });
}

function KitFact({ fact, ctx }: { fact: Fact; ctx: StoryContext }) {
  const { locale, t } = ctx;
  const files = kitFiles(locale, fact.id);
  const textId = `kit-${fact.id}`;
  return (
    <li className="lazy-entry flex flex-col gap-3 rounded-lg border-2 border-rule p-4">
      {/* The preview is a small PNG of the square card: its size is set, so nothing shifts while it loads. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are */}
      <img
        src={files.preview}
        alt={cardAlt(fact, locale)}
        width={previewSize.width}
        height={previewSize.height}
        loading="lazy"
        decoding="async"
        className="h-auto w-full max-w-60 rounded bg-night"
      />
      <p id={textId} className="text-base">
        {fact.figure && fact.label ? (
          <>
            <span className="font-mono font-semibold text-accent">{fact.figure[locale]}</span> {fact.label[locale]}
          </>
        ) : (
          fact.text[locale]
        )}
      </p>
      <ul aria-labelledby={textId} className="space-y-1 text-base">
        {kitFormats.map((format) => (
          <li key={format}>
            <a href={files[format]} download className="inline-flex min-h-6 items-center font-bold [overflow-wrap:anywhere] text-link">
              {/* One flex item: the size is read as part of the same sentence, and the text wraps at 320 px. */}
              <span>
                {t(`PartnerKit.formats.${format}` as MessageKey)}, {kind(format, t)}, <Size path={files[format]} />
              </span>
            </a>
          </li>
        ))}
      </ul>
      <Disclosure summary={t('PartnerKit.altText')} className="text-base">
        <p className="mt-1">{cardAlt(fact, locale)}</p>
      </Disclosure>
    </li>
  );
}

/** The partner kit: every fact's cards and poster by topic, with previews, sizes, the zips, credits and terms. */
export function PartnerKit({ ctx }: Props) {
  const { locale, t } = ctx;
  const groups = factsByTopic();
  const count = groups.reduce((sum, group) => sum + group.facts.length, 0);
  return (
    <div className="not-prose mt-8">
      <section aria-labelledby="kit-zips" className="rounded-lg border-2 border-rule p-5">
        <h2 id="kit-zips" className="text-xl font-bold">
          {t('PartnerKit.zipsTitle')}
        </h2>
        <p className="mt-1 text-base">{t('PartnerKit.zipsText')}</p>
        <ul className="mt-3 flex flex-col gap-2">
          {kitFormats.map((format) => (
            <li key={format}>
              <a
                href={kitZip(locale, format)}
                download
                className="inline-flex min-h-tap items-center rounded-2xl bg-night px-5 py-2 font-bold text-onNight no-underline"
              >
                <span>
                  {t('PartnerKit.zip', { format: t(`PartnerKit.formatsPlural.${format}` as MessageKey) })} (
                  {t('PartnerKit.zipFiles', { count: count + 1 })}, <Size path={kitZip(locale, format)} />)
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      {groups.map(({ topic, facts }) => (
        <section key={topic} aria-labelledby={topicAnchor(topic)} className="mt-10">
          <h2
            id={topicAnchor(topic)}
            className="flex items-center gap-3 border-b-4 border-double border-ink pb-2 font-mono text-2xl font-semibold tracking-wider uppercase"
          >
            <ThemeArt theme={themeOfFact(facts[0])} size={40} className="shrink-0 text-accent" />
            {t(`FactSheet.topics.${topic}` as MessageKey)}
          </h2>
          {/* Measured median heights of an entry's content: 521 px in one column, 632 px in two. */}
          <ul className="mt-6 grid gap-6 [--entry-height:521px] sm:grid-cols-2 sm:[--entry-height:632px]">
            {facts.map((fact) => (
              <KitFact key={fact.id} fact={fact} ctx={ctx} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="kit-terms" className="mt-12">
        <h2 id="kit-terms" className="text-xl font-bold">
          {t('PartnerKit.terms')}
        </h2>
        <p className="mt-1">{t('PartnerKit.termsText')}</p>
        <h3 className="mt-6 text-lg font-bold">{t('PartnerKit.credits')}</h3>
        <p className="mt-1">{t('PartnerKit.creditsText')}</p>
      </section>
    </div>
  );
}

import type { StoryContext } from '@/components/story/context';
import { kitFiles, kitItems, kitZip, pngWidths } from '@/lib/press/kit';

type Props = { ctx: StoryContext; headingId: string };

/** The press kit: each item with a preview and its downloads, the zip, credits and terms of use. */
export function PressKit({ ctx, headingId }: Props) {
  const { locale, t } = ctx;
  return (
    <section aria-labelledby={headingId} className="not-prose mt-12">
      <h2 id={headingId} className="text-2xl font-bold">
        {t('PressRoom.kit')}
      </h2>
      <p className="mt-2">{t('PressKit.intro')}</p>
      <p className="mt-4">
        <a
          href={kitZip(locale)}
          download
          className="inline-flex min-h-tap items-center rounded-2xl border-2 border-onNight/40 bg-night px-5 py-2 font-bold text-onNight no-underline"
        >
          {t('PressKit.zip')}
        </a>
      </p>
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {kitItems.map((item) => {
          const files = kitFiles(locale, item.id);
          const name = t(`PressKit.items.${item.id}.name`);
          const dark = item.id === 'logo-negative';
          return (
            <li key={item.id} className="rounded-lg border-2 border-rule p-4">
              <h3 id={`kit-${item.id}`} className="text-lg font-bold">
                {name}
              </h3>
              {/* The preview is the web PNG itself; its size is known, so nothing shifts while it loads. */}
              {/* eslint-disable-next-line @next/next/no-img-element -- a static export serves images as they are */}
              <img
                src={files.web}
                alt={t(`PressKit.items.${item.id}.alt`)}
                width={item.width}
                height={item.height}
                loading="lazy"
                decoding="async"
                className={`mt-3 h-auto w-full rounded ${dark ? 'bg-[#14213d]' : 'bg-white'}`}
              />
              <ul aria-label={t('PressKit.downloads', { name })} className="mt-3 space-y-1 text-base">
                <li>
                  <a href={files.svg} download className="inline-flex min-h-6 items-center text-link">
                    {t('PressKit.svg')}
                  </a>
                </li>
                <li>
                  <a href={files.web} download className="inline-flex min-h-6 items-center text-link">
                    {t('PressKit.web', { width: pngWidths.web })}
                  </a>
                </li>
                <li>
                  <a href={files.high} download className="inline-flex min-h-6 items-center text-link">
                    {t('PressKit.high', { width: pngWidths.high })}
                  </a>
                </li>
              </ul>
            </li>
          );
        })}
      </ul>
      <h3 className="mt-8 text-lg font-bold">{t('PressKit.credits')}</h3>
      <p className="mt-1">{t('PressKit.creditsText')}</p>
      <h3 className="mt-6 text-lg font-bold">{t('PressKit.terms')}</h3>
      <p className="mt-1">{t('PressKit.termsText')}</p>
    </section>
  );
}

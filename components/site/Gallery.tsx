import * as runtime from 'react/jsx-runtime';
import type { Locale } from '@/i18n/routing';
import { storyComponents } from '@/components/story/registry';
import { examples } from '@/lib/content/examples';
import { factIdsIn } from '@/lib/content/mdx-tree';
import { translator } from '@/lib/i18n/translator';

type Props = { locale: Locale };

/**
 * Every story component rendered from its example, for editors, in `npm run dev` only.
 * The examples are compiled here at request time, so an edited example shows on reload.
 */
export async function Gallery({ locale }: Props) {
  const { evaluate } = await import('@mdx-js/mdx');
  const t = translator(locale);
  const rendered = await Promise.all(
    examples().map(async ({ name, source }) => {
      const { default: Content } = await evaluate(source, { ...runtime });
      const ctx = { locale, factIds: factIdsIn(source), t };
      return { name, source, Content, ctx };
    }),
  );
  return (
    <article className="mx-auto max-w-measure rounded-lg bg-paper px-5 py-8 text-ink sm:px-10">
      <h1 className="text-3xl font-bold">{t('Gallery.title')}</h1>
      <p className="mt-3">{t('Gallery.intro')}</p>
      {rendered.map(({ name, source, Content, ctx }) => (
        <section key={name} aria-labelledby={`gallery-${name}`} className="mt-10 border-t-2 border-dashed border-rule pt-6">
          <h2 id={`gallery-${name}`} className="font-mono text-2xl font-semibold">
            {`<${name}>`}
          </h2>
          <pre className="mt-3 overflow-x-auto rounded bg-night p-4 text-sm text-onNight" tabIndex={0}>
            <code>{source}</code>
          </pre>
          <div className="prose prose-lg mt-4 max-w-none">
            <Content components={storyComponents(ctx)} />
          </div>
        </section>
      ))}
    </article>
  );
}

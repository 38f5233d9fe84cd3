import type { Translate } from '@/components/story/context';
import { ShareButtons } from './ShareButtons';

type Props = { url: string; title: string; t: Translate };

/** "Share this page" at the end of every content page; the links are made here, on the server. */
export function ShareControl({ url, title, t }: Props) {
  const text = `${title} ${url}`;
  const whatsappHref = `https://wa.me/?text=${encodeURIComponent(text)}`;
  const emailHref = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
  const labels = ['share', 'whatsapp', 'email', 'link', 'copy', 'copied', 'failed'] as const;
  return (
    <section aria-labelledby="share-title" className="no-print not-prose mt-12 border-t-2 border-dashed border-rule pt-6">
      <h2 id="share-title" className="text-xl font-bold">
        {t('Share.title')}
      </h2>
      <div className="mt-3">
        <ShareButtons url={url} title={title} whatsappHref={whatsappHref} emailHref={emailHref} labels={Object.fromEntries(labels.map((key) => [key, t(`Share.${key}`)])) as Record<(typeof labels)[number], string>} />
      </div>
    </section>
  );
}

import { copyWidget, partAttribute, widgetRoot } from '@/lib/enhance/contracts';

type Props = {
  fragment: string;
  url: string;
  labels: { link: string; copy: string; copied: string; failed: string };
  describedBy?: string;
};

const style = 'inline-flex min-h-tap items-center rounded-full border-2 border-link px-4 font-bold text-link';

/** A fact's link: a plain #anchor without JavaScript, a button that copies its full address with it (lib/enhance/dom.ts). */
export function CopyLink({ fragment, url, labels, describedBy }: Props) {
  return (
    <span
      className="inline-flex flex-wrap items-center gap-3"
      {...widgetRoot(copyWidget, { url, copied: labels.copied, failed: labels.failed })}
    >
      <a href={fragment} {...partAttribute(copyWidget, 'link')} className={`${style} no-underline`} aria-describedby={describedBy}>
        {labels.link}
      </a>
      <button type="button" {...partAttribute(copyWidget, 'copy')} hidden className={style} aria-describedby={describedBy}>
        {labels.copy}
      </button>
      <span role="status" {...partAttribute(copyWidget, 'status')} hidden className="text-base text-muted" />
    </span>
  );
}

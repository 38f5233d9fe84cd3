import { useId } from 'react';
import { getHelp } from '@/lib/content';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import type { PropsOf } from './props';

type Props = PropsOf<'HelpBox'> & { ctx: StoryContext };

const tel = (phone: string) => `tel:${phone.replace(/[^0-9]/g, '')}`;

/** Help resources from the one help registry. A phone number appears only where its source confirms it. */
export function HelpBox({ ctx, ...props }: Props) {
  const { ids, title } = checkProps('HelpBox', props);
  const headingId = useId();
  const items = ids.split(',').map((id) => getHelp(id.trim()));
  return (
    <section aria-labelledby={headingId} className="not-prose my-8 rounded-lg border-2 border-onNight/40 bg-night p-5 text-onNight">
      <h2 id={headingId} className="text-xl font-bold">
        {title ?? ctx.t('HelpBox.title')}
      </h2>
      <ul className="mt-3 space-y-3 text-base leading-normal">
        {items.map((item) => (
          <li key={item.id} data-help={item.id}>
            <a
              href={item.url}
              className="text-lg font-bold text-onNight"
              aria-label={ctx.t('HelpBox.website', { name: item.name[ctx.locale] })}
            >
              {item.name[ctx.locale]}
            </a>
            <p className="mt-1">{item.offer[ctx.locale]}</p>
            {item.phone ? (
              <p className="mt-1">
                {ctx.t('HelpBox.call')}{' '}
                <a href={tel(item.phone)} className="inline-block min-h-6 font-mono font-semibold text-onNight">
                  {item.phone}
                </a>
                {item.phoneNonUrgent ? (
                  <>
                    {' '}
                    · {ctx.t('HelpBox.nonUrgent')}:{' '}
                    <a href={tel(item.phoneNonUrgent)} className="inline-block min-h-6 font-mono font-semibold text-onNight">
                      {item.phoneNonUrgent}
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

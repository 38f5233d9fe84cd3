import type { ReactNode } from 'react';
import { billWidget, markAttribute, partAttribute, widgetRoot } from '@/lib/enhance/contracts';

type Option = { id: string; name: string; announcement: string };
type Panel = { id: string; content: ReactNode };
type Props = { legend: string; options: Option[]; defaultId: string; panels: Panel[] };

// ?bill=<id> with JavaScript (lib/enhance/bill.ts), #bill-<id> without: the panels' ids.
const PARAM = billWidget.param;
// On a phone the choices sit two to a row, in smaller type, so that more scenarios add rows slowly and
// the home page stays within its six screens (tests/e2e/campaign.spec.ts); from sm up they are pills in a row.
const choices = 'grid grid-cols-2 gap-2 sm:flex sm:flex-wrap';
const pill =
  'flex h-full min-h-tap items-center justify-center gap-2 rounded-3xl border-2 px-3 py-1 text-center font-sans text-sm leading-tight font-bold no-underline sm:inline-flex sm:h-auto sm:rounded-full sm:px-4 sm:text-base';

/**
 * Without JavaScript: plain links to #bill-<id>, and CSS (:target) shows that scenario; the default
 * one shows otherwise. With JavaScript (lib/enhance/bill.ts) the links give way to a radio group
 * that switches the bill and keeps the choice in the URL, so a shared link opens the same bill.
 */
export function BillSwitch({ legend, options, defaultId, panels }: Props) {
  return (
    <div className="not-prose scroll-mt-4" {...widgetRoot(billWidget, { default: defaultId })}>
      <nav aria-labelledby="bill-choices" {...partAttribute(billWidget, 'links')}>
        <p id="bill-choices" className="mb-3 text-lg font-bold">
          {legend}
        </p>
        <ul className={choices}>
          {options.map((option) => (
            <li key={option.id}>
              <a href={`#${PARAM}-${option.id}`} className={`${pill} border-onNight/60 text-onNight`}>
                {option.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <fieldset hidden {...partAttribute(billWidget, 'choices')} className="m-0 min-w-0 border-0 p-0">
        <legend className="mb-3 block p-0 text-lg font-bold">{legend}</legend>
        <div className={choices}>
          {options.map((option) => (
            // The radio covers its pill, invisible: a tap anywhere on the pill is a tap on the radio.
            <label
              key={option.id}
              className={`${pill} relative cursor-pointer border-onNight/60 text-onNight has-[:checked]:border-onNight has-[:checked]:bg-onNight has-[:checked]:text-night has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus`}
            >
              <input
                type="radio"
                name={PARAM}
                value={option.id}
                defaultChecked={option.id === defaultId}
                {...markAttribute(billWidget, 'announcement', option.announcement)}
                className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
              />
              <span aria-hidden="true" className="hidden peer-checked:inline">
                ✓
              </span>
              {option.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="bill-scenarios" {...partAttribute(billWidget, 'scenarios')}>
        {panels.map((panel) => (
          <div
            key={panel.id}
            id={`${PARAM}-${panel.id}`}
            {...markAttribute(billWidget, 'scenario', panel.id)}
            className="bill-scenario scroll-mt-4"
          >
            {panel.content}
          </div>
        ))}
      </div>
      <p role="status" {...partAttribute(billWidget, 'status')} className="sr-only" />
    </div>
  );
}

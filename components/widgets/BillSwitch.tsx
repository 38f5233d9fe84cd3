'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';

type Option = { id: string; name: string; announcement: string };
type Panel = { id: string; content: ReactNode };
type Props = { legend: string; options: Option[]; defaultId: string; panels: Panel[] };

// The choice lives in the URL (?bill=<id>), so a shared link opens the same bill. Links made
// without JavaScript use #bill-<id>; both are read. replaceState fires no event: we send our own.
const PARAM = 'bill';
const CHANGE = 'billchange';
const pill = 'inline-flex min-h-tap items-center gap-2 rounded-full border-2 px-4 font-sans font-bold no-underline';

function subscribe(onChange: () => void) {
  for (const type of ['popstate', 'hashchange', CHANGE]) window.addEventListener(type, onChange);
  return () => {
    for (const type of ['popstate', 'hashchange', CHANGE]) window.removeEventListener(type, onChange);
  };
}

function chosenIn(ids: string[], fallback: string): string {
  const fromQuery = new URLSearchParams(window.location.search).get(PARAM);
  const fromHash = window.location.hash.startsWith(`#${PARAM}-`) ? window.location.hash.slice(PARAM.length + 2) : null;
  return [fromQuery, fromHash].find((id): id is string => !!id && ids.includes(id)) ?? fallback;
}

/**
 * Without JavaScript: plain links to #bill-<id>, and CSS (:target) shows that scenario; the default
 * one shows otherwise. With JavaScript: a radio group switches the bill and keeps it in the URL.
 */
export function BillSwitch({ legend, options, defaultId, panels }: Props) {
  const ids = options.map((option) => option.id);
  // null while the server's HTML is hydrated: the first render matches the no-JavaScript markup.
  const selected = useSyncExternalStore(subscribe, () => chosenIn(ids, defaultId), () => null);
  const [announcement, setAnnouncement] = useState('');
  const enhanced = selected !== null;

  function choose(option: Option) {
    const url = new URL(window.location.href);
    url.searchParams.set(PARAM, option.id);
    if (url.hash.startsWith(`#${PARAM}-`)) url.hash = '';
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event(CHANGE));
    setAnnouncement(option.announcement);
  }

  return (
    <div className="not-prose">
      {enhanced ? (
        <fieldset className="m-0 min-w-0 border-0 p-0">
          <legend className="mb-3 block p-0 text-lg font-bold">{legend}</legend>
          <div className="flex flex-wrap gap-2">
            {options.map((option) => (
              // The radio covers its pill, invisible: a tap anywhere on the pill is a tap on the radio.
              <label key={option.id} className={`${pill} relative cursor-pointer border-onNight/60 text-onNight has-[:checked]:border-onNight has-[:checked]:bg-onNight has-[:checked]:text-night has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus`}>
                <input type="radio" name={PARAM} value={option.id} checked={selected === option.id} onChange={() => choose(option)} className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0" />
                <span aria-hidden="true" className="hidden peer-checked:inline">✓</span>
                {option.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <nav aria-labelledby="bill-choices">
          <p id="bill-choices" className="mb-3 text-lg font-bold">
            {legend}
          </p>
          <ul className="flex flex-wrap gap-2">
            {options.map((option) => (
              <li key={option.id}>
                <a href={`#${PARAM}-${option.id}`} className={`${pill} border-onNight/60 text-onNight`}>
                  {option.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="bill-scenarios" data-enhanced={enhanced ? '' : undefined}>
        {panels.map((panel) => (
          <div key={panel.id} id={`${PARAM}-${panel.id}`} className="bill-scenario scroll-mt-4" hidden={enhanced && panel.id !== selected}>
            {panel.content}
          </div>
        ))}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

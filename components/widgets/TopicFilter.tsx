'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/client/hydrated';

type Props = { target: string; legend: string; allLabel: string; topics: { id: string; label: string }[]; shownTemplate: string; total: number };

/**
 * Shows the facts of one topic. It only hides sections of the server-rendered list, so without
 * JavaScript it stays hidden itself and every fact is on the page.
 */
export function TopicFilter({ target, legend, allLabel, topics, shownTemplate, total }: Props) {
  const hydrated = useHydrated();
  const [shown, setShown] = useState(total);
  const choose = (topic: string) => {
    let count = 0;
    document.querySelectorAll<HTMLElement>(`#${target} [data-topic]`).forEach((section) => {
      section.hidden = topic !== 'all' && section.dataset.topic !== topic;
      if (!section.hidden) count += section.querySelectorAll('[data-fact-entry]').length;
    });
    setShown(count);
  };
  const options = [{ id: 'all', label: allLabel }, ...topics];
  return (
    <fieldset hidden={!hydrated} className="no-print mt-8">
      <legend className="text-lg font-bold">{legend}</legend>
      <div className="mt-3 flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.id} className="inline-flex min-h-tap cursor-pointer items-center gap-2 rounded-full border-2 border-rule px-4 has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus">
            <input type="radio" name={`${target}-topic`} value={option.id} defaultChecked={option.id === 'all'} onChange={() => choose(option.id)} className="size-4 accent-current" />
            {option.label}
          </label>
        ))}
      </div>
      <p role="status" className="mt-3 text-base text-muted">
        {shownTemplate.replace('{shown}', String(shown)).replace('{total}', String(total))}
      </p>
    </fieldset>
  );
}

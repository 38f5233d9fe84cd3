import { partAttribute, topicsWidget, widgetRoot } from '@/lib/enhance/contracts';
import { fill } from '@/lib/enhance/dom';

type Props = {
  target: string;
  legend: string;
  allLabel: string;
  topics: { id: string; label: string }[];
  shownTemplate: string;
  total: number;
};

/**
 * Shows the facts of one topic (lib/enhance/topics.ts). It only hides sections of the list, so
 * without JavaScript it stays hidden itself and every fact is on the page.
 */
export function TopicFilter({ target, legend, allLabel, topics, shownTemplate, total }: Props) {
  const options = [{ id: topicsWidget.all, label: allLabel }, ...topics];
  return (
    <fieldset hidden className="no-print mt-8" {...widgetRoot(topicsWidget, { target, template: shownTemplate, total })}>
      <legend className="text-lg font-bold">{legend}</legend>
      <div className="mt-3 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.id}
            className="inline-flex min-h-tap cursor-pointer items-center gap-2 rounded-full border-2 border-rule px-4 has-[:checked]:border-ink has-[:checked]:bg-ink has-[:checked]:text-paper has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus"
          >
            <input
              type="radio"
              name={`${target}-topic`}
              value={option.id}
              defaultChecked={option.id === topicsWidget.all}
              className="size-4 accent-current"
            />
            {option.label}
          </label>
        ))}
      </div>
      <p role="status" {...partAttribute(topicsWidget, 'status')} className="mt-3 text-base text-muted">
        {fill(shownTemplate, { shown: total, total })}
      </p>
    </fieldset>
  );
}

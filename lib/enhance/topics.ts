import { topicsWidget } from './contracts';
import { marked, markOf, part, text } from './dom';

/**
 * The fact sheet's topic filter. Without JavaScript it stays hidden and every fact is on the page;
 * with it, choosing a topic hides the other topics' sections and says how many facts are shown.
 */
export function topics(root: HTMLElement): void {
  const list = document.getElementById(text(root, topicsWidget, 'target'));
  if (!list) return;
  const status = part(root, topicsWidget, 'status');
  root.hidden = false;
  root.addEventListener('change', (event) => {
    const topic = (event.target as HTMLInputElement).value;
    let shown = 0;
    for (const section of marked(list, topicsWidget, 'topic')) {
      section.hidden = topic !== topicsWidget.all && markOf(section, topicsWidget, 'topic') !== topic;
      if (!section.hidden) shown += marked(section, topicsWidget, 'factEntry').length;
    }
    status.textContent = text(root, topicsWidget, 'template', { shown, total: text(root, topicsWidget, 'total') });
  });
}

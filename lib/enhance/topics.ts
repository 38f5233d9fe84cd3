import { part, text } from './dom';

/**
 * The fact sheet's topic filter. Without JavaScript it stays hidden and every fact is on the page;
 * with it, choosing a topic hides the other topics' sections and says how many facts are shown.
 */
export function topics(root: HTMLElement): void {
  const list = document.getElementById(text(root, 'target'));
  if (!list) return;
  const status = part(root, 'status');
  root.hidden = false;
  root.addEventListener('change', (event) => {
    const topic = (event.target as HTMLInputElement).value;
    let shown = 0;
    for (const section of list.querySelectorAll<HTMLElement>('[data-topic]')) {
      section.hidden = topic !== 'all' && section.dataset.topic !== topic;
      if (!section.hidden) shown += section.querySelectorAll('[data-fact-entry]').length;
    }
    status.textContent = text(root, 'template', { shown, total: text(root, 'total') });
  });
}

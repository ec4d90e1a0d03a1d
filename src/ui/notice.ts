import { h } from './dom';
import './buttons.css';
import './notice.css';

/** A dismissible notice listing what was wrong with the data; the rest of the page keeps working. */
export function renderNotice(title: string, lines: string[]): HTMLElement {
  const close = h(
    'button',
    { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss notice' },
    '×',
  );
  const box = h(
    'div',
    { class: 'notice', role: 'alert' },
    h('div', { class: 'notice-head' }, h('strong', {}, title), close),
    h('ul', {}, ...lines.slice(0, 12).map((l) => h('li', {}, l))),
    lines.length > 12 ? h('p', {}, `… and ${lines.length - 12} more`) : null,
  );
  close.addEventListener('click', () => box.remove());
  return box;
}

import { formatProblem, type Problem } from '../data/problem';
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

/** The notices a start can raise: data left out or not loaded, parts of the link not understood. */
export function showProblems(
  host: HTMLElement,
  problems: Problem[],
  failed: string[],
  linkWarnings: string[],
): void {
  if (problems.length > 0) {
    const title =
      failed.length > 0
        ? `Some map data could not be loaded (${failed.join(', ')})`
        : 'Some map data was left out';
    host.append(renderNotice(title, problems.map(formatProblem)));
  }
  if (linkWarnings.length > 0)
    host.append(
      renderNotice(
        'Some of the link was not understood; showing the default for those parts',
        linkWarnings,
      ),
    );
}

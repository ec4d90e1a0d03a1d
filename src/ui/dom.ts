/**
 * The reader's page's DOM helpers: the element helper it shares with the studio (`../dom.ts`)
 * and a scroll box for wide tables.
 */
import { h } from '../dom';

export { h };

/**
 * A box a wide table scrolls in. While it does scroll, it is a named region a keyboard can reach
 * (focus it, then arrow keys scroll); when the table fits, it stays out of the tab order.
 */
export function scrollBox(label: string): HTMLDivElement {
  const box = h('div', { class: 'table-scroll' });
  new ResizeObserver(() => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  }).observe(box);
  return box;
}

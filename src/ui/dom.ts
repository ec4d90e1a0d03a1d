type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Strings become text nodes: nothing here ever parses HTML, so text from
 * data files reaches the page as text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

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

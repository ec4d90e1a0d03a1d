import { h } from './dom';

/**
 * A polite live region: screen readers hear what a switch changed, without moving focus. The
 * page written at build time has it already (index.html): a live region is best in place before
 * anything is said in it, and adding it would lay the page out again while the map starts.
 */
export function createAnnouncer(host: HTMLElement) {
  const region =
    host.querySelector<HTMLElement>(':scope > .announcer') ??
    host.appendChild(
      h('div', { class: 'visually-hidden announcer', role: 'status', 'aria-live': 'polite' }),
    );
  return (message: string) => {
    region.textContent = '';
    // A fresh text node after a tick is announced even when the message repeats.
    window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  };
}

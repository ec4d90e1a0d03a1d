import { h } from './dom';

/** A polite live region: screen readers hear what a switch changed, without moving focus. */
export function createAnnouncer(host: HTMLElement) {
  const region = h('div', {
    class: 'visually-hidden announcer',
    role: 'status',
    'aria-live': 'polite',
  });
  host.append(region);
  return (message: string) => {
    region.textContent = '';
    // A fresh text node after a tick is announced even when the message repeats.
    window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  };
}

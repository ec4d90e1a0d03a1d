import { h } from './dom';

/** How far (px) a drag must go before it counts: less is a tap. */
const DRAG = 24;

/**
 * The bottom sheet's handle on a phone: pulled up (or tapped) the panel takes most of the screen,
 * pulled down it goes back to half, and from there to its head. The state is a class on the
 * panel (`tall`, panel.css); `setOpen` collapses or opens it.
 */
export function createSheetHandle(host: HTMLElement, setOpen: (open: boolean) => void) {
  const handle = h(
    'button',
    { type: 'button', class: 'sheet-handle', 'aria-expanded': 'false' },
    h('span', { class: 'visually-hidden' }, 'Pull the panel up'),
  );
  const label = handle.firstChild as HTMLElement;
  const tall = (on: boolean) => {
    host.classList.toggle('tall', on);
    handle.setAttribute('aria-expanded', String(on));
    label.textContent = on ? 'Let the panel down' : 'Pull the panel up';
  };
  let start: number | null = null;
  let moved = false;
  handle.addEventListener('pointerdown', (e) => {
    start = e.clientY;
    moved = false;
    handle.setPointerCapture(e.pointerId);
  });
  handle.addEventListener('pointermove', (e) => {
    if (start !== null && Math.abs(e.clientY - start) > DRAG) moved = true;
  });
  handle.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const dy = e.clientY - start;
    start = null;
    if (!moved) return;
    if (dy < 0) {
      setOpen(true);
      tall(true);
    } else if (host.classList.contains('tall')) tall(false);
    else setOpen(false);
  });
  handle.addEventListener('click', () => {
    if (moved) {
      moved = false;
      return;
    }
    const on = !host.classList.contains('tall');
    if (on) setOpen(true);
    tall(on);
  });
  return { element: handle, tall };
}

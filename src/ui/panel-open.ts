/**
 * Shows the panel open or collapsed: its class, and its toggle's state and words. Apart from the
 * panel's module so that the entry can close the panel of the page written at build time (an
 * embed starts closed) without loading the app.
 */
export function showPanelOpen(
  host: HTMLElement,
  toggle: HTMLElement | null,
  text: HTMLElement | null,
  open: boolean,
): void {
  toggle?.setAttribute('aria-expanded', String(open));
  if (text) text.textContent = open ? 'Collapse the panel' : 'Open the panel';
  host.classList.toggle('collapsed', !open);
}

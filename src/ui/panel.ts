import { TITLE } from '../config';
import { h } from './dom';

/**
 * The side panel (a bottom sheet on narrow screens): title, an intro line, and slots for the
 * place list and the selected place. On narrow screens a toggle collapses it to its title.
 */
export function createPanel(host: HTMLElement) {
  const body = h('div', { class: 'panel-body', id: 'panel-body' });
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'panel-toggle',
      'aria-expanded': 'true',
      'aria-controls': 'panel-body',
    },
    h('span', { class: 'visually-hidden' }, 'Show or hide the panel'),
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    host.classList.toggle('collapsed', !open);
  });
  const list = h('div', { class: 'panel-list' });
  const details = h('div', { class: 'panel-details' });
  const route = h('div', { class: 'panel-route' });
  body.append(
    h(
      'p',
      { class: 'intro' },
      'The places two news articles of 12 September 2023 name on the journey. Choose one to read what each article says about it.',
    ),
    list,
    details,
    route,
  );
  // Bottom controls (scale, attribution) sit above the sheet on narrow screens.
  new ResizeObserver(() => {
    const sheet = window.innerWidth <= 640 ? host.getBoundingClientRect().height : 0;
    host.parentElement?.style.setProperty('--sheet', `${Math.ceil(sheet)}px`);
  }).observe(host);
  host.append(h('header', { class: 'panel-head' }, h('h1', {}, TITLE), toggle), body);
  return { list, details, route };
}

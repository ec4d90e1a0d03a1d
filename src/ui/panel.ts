import { TITLE } from '../config';
import { h } from './dom';

export type Section = 'claims' | 'journey' | 'places';
const SECTIONS: { id: Section; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'journey', label: 'Journey' },
  { id: 'places', label: 'Places' },
];

/**
 * The side panel (a bottom sheet on narrow screens): title, the controls, and three sections
 * (claims, journey, places) chosen with toggle buttons. On narrow screens a toggle collapses it.
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
  // Bottom controls (scale, attribution) sit above the sheet on narrow screens.
  new ResizeObserver(() => {
    const sheet = window.innerWidth <= 640 ? host.getBoundingClientRect().height : 0;
    host.parentElement?.style.setProperty('--sheet', `${Math.ceil(sheet)}px`);
  }).observe(host);

  const controls = h('div', { class: 'panel-controls' });
  const sections = Object.fromEntries(
    SECTIONS.map((s) => [
      s.id,
      h('section', {
        class: `panel-section section-${s.id}`,
        'aria-label': s.label,
        'data-section': s.id,
      }),
    ]),
  ) as Record<Section, HTMLElement>;
  const buttons = SECTIONS.map((s) => {
    const b = h(
      'button',
      {
        type: 'button',
        'aria-pressed': 'false',
        'data-section': s.id,
        'aria-controls': `section-${s.id}`,
      },
      s.label,
    );
    sections[s.id].id = `section-${s.id}`;
    b.addEventListener('click', () => show(s.id));
    return b;
  });
  const show = (id: Section) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.section === id));
    for (const s of SECTIONS) sections[s.id].hidden = s.id !== id;
  };
  const nav = h(
    'div',
    { class: 'section-nav', role: 'group', 'aria-label': 'Panel sections' },
    ...buttons,
  );
  body.append(controls, nav, ...SECTIONS.map((s) => sections[s.id]));
  host.append(h('header', { class: 'panel-head' }, h('h1', {}, TITLE), toggle), body);
  show('claims');
  return { controls, sections, show };
}

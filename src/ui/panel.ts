import type { SectionParam } from '../state/url-state';
import { h } from './dom';
import { showPanelOpen } from './panel-open';
import { createSheetHandle } from './sheet-handle';
import './controls.css';
import './panel.css';

export type Section = SectionParam;
const SECTIONS: { id: Section; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'journey', label: 'Journey' },
  { id: 'places', label: 'Places' },
];

export interface PanelOptions {
  title: string;
  open: boolean;
  showTitle: boolean;
  onToggle: (open: boolean) => void;
  onSection: (s: Section) => void;
}

/**
 * The panel (beside the map on wide screens, a bottom sheet on narrow ones, below the map when
 * embedded): title, a toggle that collapses it to its header, the controls, and three sections
 * (claims, journey, places) chosen with toggle buttons. Built apart from the page and put in
 * place, whole, by `attach`.
 */
export function createPanel(host: HTMLElement, o: PanelOptions) {
  const body = h('div', { class: 'panel-body', id: 'panel-body' });
  const toggleText = h('span', { class: 'panel-toggle-text' });
  const toggle = h(
    'button',
    { type: 'button', class: 'panel-toggle', 'aria-controls': 'panel-body' },
    toggleText,
  );
  const setOpen = (open: boolean) => showPanelOpen(host, toggle, toggleText, open);
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    o.onToggle(open);
  });
  // Bottom controls (scale, attribution) sit above the sheet on narrow full-page screens (the
  // stylesheet reads --sheet there only). Written only when it changes: a write restyles the
  // whole page.
  const measure = () => {
    const style = host.parentElement?.style;
    if (!style) return;
    if (window.innerWidth > 640) {
      style.removeProperty('--sheet');
      return;
    }
    const sheet = document.documentElement.dataset.embed ? 0 : host.getBoundingClientRect().height;
    const value = `${Math.ceil(sheet)}px`;
    if (style.getPropertyValue('--sheet') !== value) style.setProperty('--sheet', value);
  };
  new ResizeObserver(measure).observe(host);

  const controls = h('div', { class: 'panel-controls' });
  const sections = Object.fromEntries(
    SECTIONS.map((s) => [
      s.id,
      h('section', {
        class: `panel-section section-${s.id}`,
        id: `section-${s.id}`,
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
    b.addEventListener('click', () => {
      show(s.id);
      o.onSection(s.id);
      toSection();
    });
    return b;
  });
  /**
   * Where the controls leave the sections a strip (a window under 960 px high), a chosen section
   * scrolls up to the section buttons, which stay at the panel's top (panel.css): the section
   * gets the panel's height.
   */
  const toSection = (
    shown = SECTIONS.map((x) => sections[x.id]).find((x) => !x.hidden) as HTMLElement | undefined,
  ) => {
    if (!shown || getComputedStyle(nav).position !== 'sticky') return;
    const top =
      shown.getBoundingClientRect().top -
      body.getBoundingClientRect().top +
      body.scrollTop -
      nav.offsetHeight;
    if (body.scrollTop < top) body.scrollTo({ top });
  };
  const show = (id: Section) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.section === id));
    for (const s of SECTIONS) sections[s.id].hidden = s.id !== id;
  };
  const nav = h(
    'div',
    { class: 'section-nav', role: 'group', 'aria-label': 'Panel sections' },
    ...buttons,
  );
  const actions = h('div', { class: 'panel-actions' });
  body.append(
    h('div', { class: 'panel-sticky' }, controls, nav),
    ...SECTIONS.map((s) => sections[s.id]),
  );
  const title = h('h1', { class: o.showTitle ? '' : 'visually-hidden' }, o.title);
  // The fact-check at a glance: in the head, so it shows with the panel collapsed too.
  const glance = h('div', { class: 'panel-glance' });
  const handle = createSheetHandle(host, (open) => {
    setOpen(open);
    o.onToggle(open);
  });
  const head = h('header', { class: 'panel-head' }, handle.element, title, actions, toggle, glance);
  setOpen(o.open);
  /**
   * Puts the finished panel in place of whatever the host holds (the page's written copy),
   * measures the sheet and lays the page out, all in this task: not in the map's next frame.
   */
  const attach = () => {
    host.replaceChildren(head, body);
    measure();
    void host.offsetWidth;
  };
  return { controls, sections, actions, glance, body, show, setOpen, attach, toSection };
}

import type { GeoData } from '../data/load';
import { h } from './dom';
import { renderPlaceDetails } from './place-details';
import { createPlaceList } from './place-list';
import './places-section.css';

/** The places section: the list of places (buttons) and the chosen place's names and quotes. */
export function createPlacesSection(
  host: HTMLElement,
  data: Pick<GeoData, 'places' | 'articles' | 'manifest'>,
  onSelect: (id: string | null, from: 'list' | 'close') => void,
) {
  const { places, articles } = data;
  const details = h('div', { class: 'panel-details' });
  const list = createPlaceList(places, (id) => onSelect(id, 'list'));
  // The chosen place comes first, above the list: what the articles say of it is in view.
  host.append(details, h('p', { class: 'intro' }, data.manifest.text.places), list.element);
  return {
    show(id: string | null) {
      list.update(id);
      details.replaceChildren();
      const place = places.find((p) => p.properties.id === id);
      if (place) details.append(renderPlaceDetails(place, articles, () => onSelect(null, 'close')));
    },
    /** Scrolls the panel (not the page round an embed) so that the chosen place is in view. */
    reveal() {
      const box = details.closest<HTMLElement>('.panel-body');
      if (!box || !details.firstChild) return;
      // Whatever stays at the panel's top as it scrolls (the controls, or the section buttons).
      const over = [...box.querySelectorAll<HTMLElement>('.panel-sticky, .section-nav')]
        .filter((e) => getComputedStyle(e).position === 'sticky')
        .reduce((most, e) => Math.max(most, e.offsetHeight), 0);
      const top =
        details.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      box.scrollTo({ top: Math.max(0, top - over - 8), behavior: still ? 'auto' : 'smooth' });
    },
    focusTitle() {
      details.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true });
    },
    focusButton(id: string) {
      list.focus(id);
    },
  };
}

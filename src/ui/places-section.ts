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
  host.append(h('p', { class: 'intro' }, data.manifest.text.places), list.element, details);
  return {
    show(id: string | null) {
      list.update(id);
      details.replaceChildren();
      const place = places.find((p) => p.properties.id === id);
      if (place) details.append(renderPlaceDetails(place, articles, () => onSelect(null, 'close')));
    },
    focusTitle() {
      details.querySelector<HTMLElement>('#details-title')?.focus();
    },
    focusButton(id: string) {
      list.focus(id);
    },
  };
}

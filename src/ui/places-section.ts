import type { Article, Place } from '../data/schema';
import { h } from './dom';
import { renderPlaceDetails } from './place-details';
import { createPlaceList } from './place-list';
import './places-section.css';

/** The places section: the list of places (buttons) and the chosen place's names and quotes. */
export function createPlacesSection(
  host: HTMLElement,
  places: Place[],
  articles: Article[],
  onSelect: (id: string | null, from: 'list' | 'close') => void,
) {
  const details = h('div', { class: 'panel-details' });
  const list = createPlaceList(places, (id) => onSelect(id, 'list'));
  host.append(
    h(
      'p',
      { class: 'intro' },
      'The places the two articles of 12 September 2023 name on the journey. Choose one to read what each article says about it.',
    ),
    list.element,
    details,
  );
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

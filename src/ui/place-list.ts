import type { Place } from '../data/schema';
import { h } from './dom';
import './places-section.css';

export const KIND_LABEL: Record<Place['properties']['kind'], string> = {
  capital: 'Capital',
  city: 'City',
  town: 'Town',
  station: 'Station',
  border: 'Border crossing',
  cosmodrome: 'Cosmodrome',
  site: 'Place',
};

/** A list of real buttons, one per place, mirroring the markers; the pressed one is selected. */
export function createPlaceList(places: Place[], onSelect: (id: string) => void) {
  const buttons = new Map<string, HTMLButtonElement>();
  const list = h('ul', { class: 'place-list', 'aria-label': 'Places on the map' });
  for (const p of places) {
    const { id, name, mentions } = p.properties;
    const count = mentions.length;
    const button = h(
      'button',
      { type: 'button', class: 'place-button', 'data-place': id, 'aria-pressed': 'false' },
      h('span', { class: 'place-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'place-name' }, name),
      h(
        'span',
        { class: 'place-meta' },
        `${KIND_LABEL[p.properties.kind]} · ${count === 0 ? 'not named in the articles' : `${count} quote${count > 1 ? 's' : ''}`}`,
      ),
    );
    button.addEventListener('click', () => onSelect(id));
    buttons.set(id, button);
    list.append(h('li', {}, button));
  }
  return {
    element: list,
    update(selected: string | null) {
      for (const [id, b] of buttons) b.setAttribute('aria-pressed', String(id === selected));
    },
    focus(id: string) {
      buttons.get(id)?.focus();
    },
  };
}

import type { Article, Place } from '../data/schema';
import { positionWords, sourceWords } from '../words/place-words';
import { h } from './dom';
import { KIND_LABEL } from './place-list';
import './buttons.css';
import './places-section.css';

const LANGUAGE = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The selected place: what the articles say of it first, then its names, kind and position (with
 * its source in words; the technical trail is in the data download).
 */
export function renderPlaceDetails(
  place: Place,
  articles: Article[],
  onClose: () => void,
): HTMLElement {
  const p = place.properties;
  const [lon, lat] = place.geometry.coordinates;
  const articleName = (id: string) => {
    const a = articles.find((x) => x.id === id);
    return a ? `${a.outlet}, “${a.title}”, ${a.published}` : id;
  };
  const close = h(
    'button',
    { type: 'button', class: 'details-close', 'aria-label': `Close ${p.name}` },
    '×',
  );
  close.addEventListener('click', onClose);
  const names = [
    ...Object.entries(p.names).map(([lang, n]) =>
      h('div', {}, h('dt', {}, LANGUAGE.of(lang) ?? lang), h('dd', { lang }, n)),
    ),
    h('div', {}, h('dt', {}, 'Kind'), h('dd', {}, KIND_LABEL[p.kind])),
    h(
      'div',
      {},
      h('dt', {}, 'Position'),
      h('dd', {}, `${positionWords(lon ?? 0, lat ?? 0)} (from ${sourceWords(p.coordSource)})`),
    ),
  ];
  const quotes =
    p.mentions.length === 0
      ? h(
          'p',
          { class: 'muted' },
          `${articles.length === 1 ? 'The article does not name' : 'No article names'} this place; it is on the route between the places named.`,
        )
      : h(
          'ul',
          { class: 'quotes' },
          ...p.mentions.map((m) =>
            h(
              'li',
              {},
              h('blockquote', {}, h('p', {}, `“${m.quote}”`)),
              h('p', { class: 'quote-source' }, `— ${articleName(m.article)}`),
            ),
          ),
        );
  return h(
    'section',
    { class: 'details', 'aria-labelledby': 'details-title', 'data-place': p.id },
    h(
      'div',
      { class: 'details-head' },
      h('h2', { id: 'details-title', tabindex: '-1' }, p.name),
      close,
    ),
    h('h3', {}, 'In the articles'),
    quotes,
    h('dl', { class: 'names' }, ...names),
  );
}

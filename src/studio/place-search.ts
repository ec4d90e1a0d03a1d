/**
 * Finding a place in the gazetteer by name, to add it as a stop.
 */
import { h } from '../dom';
import { type Edits, edit } from './edits';
import { entryWords } from './places-panel';
import type { Found } from './worker-messages';

/** "Find a place": the gazetteer's entries of a name, each with a button to add it as a stop. */
export function renderSearch(
  host: HTMLElement,
  search: (name: string) => Promise<Found[]>,
  change: (f: (e: Edits) => Edits) => void,
): void {
  const input = h('input', { id: 'place-search', type: 'search', autocomplete: 'off' });
  const go = h('button', { type: 'submit' }, 'Search');
  const results = h('ul', { class: 'search-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { role: 'search', class: 'place-search' },
    h('label', { for: 'place-search' }, 'Find a place in the gazetteer'),
    input,
    go,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const found = await search(input.value);
    results.replaceChildren(
      ...(found.length ? [] : [h('li', {}, `No place named “${input.value}” in the gazetteer.`)]),
      ...found.map((f) => {
        const add = h('button', { type: 'button' }, `Add ${entryWords(f)}`);
        add.addEventListener('click', () => change((x) => edit.add(x, f.entry)));
        return h('li', {}, add);
      }),
    );
  });
  host.replaceChildren(form, results);
}

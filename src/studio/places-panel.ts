/**
 * The places of the draft: stops in travel order and context places, each with its corrections.
 */
import type { Place } from '../data/schema';
import { h } from '../dom';
import type { Checked } from './check';
import { type Edits, edit, geonamesId } from './edits';
import type { Found } from './worker-messages';

type Change = (f: (e: Edits) => Edits) => void;
type Search = (name: string) => Promise<Found[]>;

const population = (n: number) => `population ${n.toLocaleString('en')}`;
/** An entry as the editor tells it apart from others of its name. */
export const entryWords = ({ entry: e, region }: Found) =>
  `${e.name}, ${region ? `${region}, ` : ''}${e.country}, ${population(e.population)}`;

/** "Other places named …": loads the entries of the place's name, then offers them in a menu. */
function alternatives(p: Place, drafted: number, search: Search, change: Change): HTMLElement {
  const name = p.properties.name;
  const box = h('div', { class: 'alternatives' });
  const open = h('button', { type: 'button' }, `Other places named ${name}`);
  open.addEventListener('click', async () => {
    open.disabled = true;
    const found = (await search(name)).filter((f) => f.entry.id !== drafted);
    if (found.length === 0) {
      box.replaceChildren(h('p', {}, `The gazetteer has no other place named ${name}.`));
      return;
    }
    const id = `alt-${p.properties.id}`;
    const select = h('select', { id });
    for (const f of found) select.append(h('option', { value: String(f.entry.id) }, entryWords(f)));
    const use = h('button', { type: 'button' }, 'Use this place');
    use.addEventListener('click', () => {
      const entry = found.find((f) => String(f.entry.id) === select.value)?.entry;
      if (entry) change((x) => edit.choose(x, drafted, entry));
    });
    box.replaceChildren(h('label', { for: id }, `Instead of ${name}`), select, use);
    select.focus();
  });
  box.append(open);
  return box;
}

/** Latitude and longitude fields: moving a place by keyboard, or where no map can be drawn. */
function position(p: Place, change: Change): HTMLElement {
  const [lon = 0, lat = 0] = p.geometry.coordinates;
  const field = (label: string, value: number, min: number, max: number) => {
    const id = `${label.toLowerCase()}-${p.properties.id}`;
    const input = h('input', {
      id,
      type: 'number',
      step: '0.0001',
      min: String(min),
      max: String(max),
      value: String(value),
    });
    return { input, label: h('label', { for: id }, `${label} of ${p.properties.name}`) };
  };
  const la = field('Latitude', lat, -90, 90);
  const lo = field('Longitude', lon, -180, 180);
  const commit = () => {
    const [y, x] = [Number(la.input.value), Number(lo.input.value)];
    if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(y) <= 90 && Math.abs(x) <= 180)
      change((e) => edit.move(e, p.properties.id, [x, y]));
  };
  la.input.addEventListener('change', commit);
  lo.input.addEventListener('change', commit);
  return h('div', { class: 'position' }, la.label, la.input, lo.label, lo.input);
}

/** One place: what it is, and its corrections. */
function placeItem(
  p: Place,
  c: { edits: Edits; change: Change; search: Search; stop: boolean },
): HTMLLIElement {
  const { id: pid, name, coordSource, country } = p.properties;
  const gid = geonamesId(coordSource);
  const added = c.edits.added.find(
    (a) => a.id === gid && coordSource.includes('added by the editor'),
  );
  const confirmed = c.edits.confirmed.includes(pid);
  const reject = h('button', { type: 'button', 'aria-label': `Reject ${name}` }, 'Reject');
  reject.disabled = gid === null;
  reject.addEventListener('click', () =>
    c.change((e) => (added ? edit.unadd(e, added.id) : edit.reject(e, gid as number))),
  );
  const accept = h(
    'button',
    { type: 'button', 'aria-pressed': String(confirmed), 'aria-label': `Confirm ${name}` },
    confirmed ? 'Confirmed' : 'Confirm',
  );
  accept.addEventListener('click', () => c.change((e) => edit.toggle(e, 'confirmed', pid)));
  const li = h(
    'li',
    { class: 'place', 'data-place': pid },
    h('p', { class: 'place-name' }, h('strong', {}, name), ` ${country} · ${coordSource}`),
    h('div', { class: 'row' }, accept, reject),
    gid !== null && !added ? alternatives(p, gid, c.search, c.change) : null,
    position(p, c.change),
  );
  return li;
}

/** The stops in travel order (drag to reorder, or the buttons) and the context places. */
export function renderPlaces(
  host: HTMLElement,
  checked: Checked,
  edits: Edits,
  change: Change,
  search: Search,
): void {
  const stops = checked.data.manifest.stops;
  const byId = new Map(checked.data.places.map((p) => [p.properties.id, p]));
  const order = (ids: string[]) => change((e) => edit.order(e, ids));
  const list = h('ol', { class: 'stops', 'aria-label': 'Stops in travel order' });
  let dragged = -1;
  stops.forEach((id, i) => {
    const p = byId.get(id);
    if (!p) return;
    const li = placeItem(p, { edits, change, search, stop: true });
    li.draggable = true;
    li.addEventListener('dragstart', (ev) => {
      dragged = i;
      ev.dataTransfer?.setData('text/plain', id);
    });
    li.addEventListener('dragover', (ev) => ev.preventDefault());
    li.addEventListener('drop', (ev) => {
      ev.preventDefault();
      if (dragged < 0 || dragged === i) return;
      const next = [...stops];
      const [moved] = next.splice(dragged, 1);
      next.splice(i, 0, moved as string);
      order(next);
    });
    const move = (d: number) => {
      const next = [...stops];
      [next[i], next[i + d]] = [next[i + d] as string, next[i] as string];
      order(next);
    };
    const up = h(
      'button',
      { type: 'button', 'aria-label': `Move ${p.properties.name} earlier` },
      '↑ Earlier',
    );
    const down = h(
      'button',
      { type: 'button', 'aria-label': `Move ${p.properties.name} later` },
      '↓ Later',
    );
    up.disabled = i === 0;
    down.disabled = i === stops.length - 1;
    up.addEventListener('click', () => move(-1));
    down.addEventListener('click', () => move(1));
    li.querySelector('.row')?.append(up, down);
    list.append(li);
  });
  const others = checked.data.places.filter((p) => !stops.includes(p.properties.id));
  const context = h('ul', { class: 'context', 'aria-label': 'Context places (not stops)' });
  for (const p of others) context.append(placeItem(p, { edits, change, search, stop: false }));
  host.replaceChildren(
    h(
      'p',
      { class: 'hint' },
      'Drag a stop, or use its Earlier and Later buttons, to put the stops in travel order.',
    ),
    list,
    ...(others.length ? [h('h3', {}, 'Context places'), context] : []),
  );
}

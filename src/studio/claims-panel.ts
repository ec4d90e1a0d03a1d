/**
 * The claims with their verdicts, and their corrections: confirm, reject, places, figure, unit,
 * day.
 */
import { UNITS } from '../data/claims-schema';
import { h } from '../dom';
import type { Checked, CheckedClaim } from './check';
import { type ClaimEdit, type Edits, edit } from './edits';

type Change = (f: (e: Edits) => Edits) => void;

/** A select of the story's places (or none), labelled for the claim it sets. */
function placeSelect(
  id: string,
  label: string,
  value: string | undefined,
  places: [string, string][],
) {
  const select = h('select', { id });
  select.append(h('option', { value: '' }, '(none)'));
  for (const [pid, name] of places) select.append(h('option', { value: pid }, name));
  select.value = value ?? '';
  return { select, label: h('label', { for: id }, label) };
}

/** One claim: its quote, its figures and verdict, and its corrections. */
function claimItem(c: CheckedClaim, checked: Checked, edits: Edits, change: Change): HTMLLIElement {
  const claim = c.result.claim;
  const fix = (x: ClaimEdit) => change((e) => edit.claim(e, claim.id, x));
  const places = checked.data.places.map(
    (p) => [p.properties.id, p.properties.name] as [string, string],
  );
  const a = placeSelect(`from-${claim.id}`, 'Place', claim.places[0], places);
  const b = placeSelect(`to-${claim.id}`, 'Reference place', claim.places[1], places);
  const setPlaces = () => fix({ places: [a.select.value, b.select.value].filter(Boolean) });
  a.select.addEventListener('change', setPlaces);
  b.select.addEventListener('change', setPlaces);
  const figure = claim.reported.figures[0];
  const fields: HTMLElement[] = [a.label, a.select, b.label, b.select];
  if (figure) {
    const v = h('input', {
      id: `value-${claim.id}`,
      type: 'number',
      min: '0',
      step: 'any',
      value: String(figure.value),
    });
    const u = h('select', { id: `unit-${claim.id}` });
    for (const unit of UNITS) u.append(h('option', { value: unit }, unit));
    u.value = figure.unit;
    v.addEventListener('change', () => Number(v.value) > 0 && fix({ value: Number(v.value) }));
    u.addEventListener('change', () => fix({ unit: u.value as ClaimEdit['unit'] }));
    fields.push(h('label', { for: v.id }, 'Figure'), v, h('label', { for: u.id }, 'Unit'), u);
  }
  if (claim.kind === 'datetime' || claim.reported.day) {
    const d = h('input', { id: `day-${claim.id}`, type: 'date', value: claim.reported.day ?? '' });
    d.addEventListener('change', () => fix({ day: d.value || null }));
    fields.push(h('label', { for: d.id }, 'Day'), d);
  }
  const confirmed = edits.confirmed.includes(claim.id);
  const accept = h(
    'button',
    {
      type: 'button',
      'aria-pressed': String(confirmed),
      'aria-label': `Confirm the claim ${claim.id}`,
    },
    confirmed ? 'Confirmed' : 'Confirm',
  );
  accept.addEventListener('click', () => change((e) => edit.toggle(e, 'confirmed', claim.id)));
  const reject = h(
    'button',
    { type: 'button', 'aria-label': `Reject the claim ${claim.id}` },
    'Reject',
  );
  reject.addEventListener('click', () => fix({ rejected: true }));
  return h(
    'li',
    { class: `claim verdict-${c.verdict.replace(/\s+/g, '-')}`, 'data-claim': claim.id },
    h('p', {}, h('a', { href: `#q-${claim.id}` }, `“${claim.quote}”`)),
    h(
      'p',
      { class: 'figures' },
      `Reported: ${c.reported} · Computed: ${c.computed} · `,
      h('strong', { class: 'verdict' }, c.verdict),
    ),
    h('div', { class: 'row' }, accept, reject),
    h('div', { class: 'claim-fields' }, ...fields),
  );
}

/** Every claim with its verdict, and the rejected ones with a way back. */
export function renderClaims(
  host: HTMLElement,
  checked: Checked,
  edits: Edits,
  change: Change,
): void {
  const list = h('ol', { class: 'claims', 'aria-label': 'Claims and verdicts' });
  for (const c of checked.claims) list.append(claimItem(c, checked, edits, change));
  const rejected = Object.entries(edits.claims).filter(([, x]) => x.rejected);
  const back = h('ul', { class: 'rejected', 'aria-label': 'Rejected claims' });
  for (const [id] of rejected) {
    const restore = h(
      'button',
      { type: 'button', 'aria-label': `Restore the claim ${id}` },
      'Restore',
    );
    restore.addEventListener('click', () => change((e) => edit.claim(e, id, { rejected: false })));
    back.append(h('li', {}, `${id} `, restore));
  }
  const problems = checked.problems.length
    ? h(
        'ul',
        { class: 'problems', 'aria-label': 'Problems story:check would report' },
        ...checked.problems.map((p) => h('li', {}, p)),
      )
    : null;
  host.replaceChildren(
    ...(problems ? [problems] : []),
    list,
    ...(rejected.length ? [h('h3', {}, 'Rejected claims'), back] : []),
  );
}

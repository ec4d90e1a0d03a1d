import { straightKm } from '../journey/distance';
import type { DraftClaim } from './claims';
import type { PartOfDay } from './figures/figure';
import type { DraftPlace } from './places';

const PART_ORDER: Record<PartOfDay, number> = { night: 0, morning: 1, afternoon: 2, evening: 3 };

const at = (p: DraftPlace): [number, number] => [p.entry.lon, p.entry.lat];

/** Where `p` adds the least length to the route `route` (cheapest insertion). */
function insert(route: DraftPlace[], p: DraftPlace): DraftPlace[] {
  if (route.length === 0) return [p];
  let best = route.length;
  let cost = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= route.length; i++) {
    const a = route[i - 1];
    const b = route[i];
    const add =
      (a ? straightKm(at(a), at(p)) : 0) +
      (b ? straightKm(at(p), at(b)) : 0) -
      (a && b ? straightKm(at(a), at(b)) : 0);
    if (add < cost - 1e-9) {
      cost = add;
      best = i;
    }
  }
  return [...route.slice(0, best), p, ...route.slice(best)];
}

/**
 * The route's stops in travel order: the places the dated claims put the journey at, in the
 * order of their days (and parts of day), then the other places it passes (named with a word of
 * travel) where they lengthen the route least. Places only measured from ("98km north of
 * Vladivostok") are not stops; if fewer than two stops remain, they are added the same way.
 */
export function orderStops(
  places: DraftPlace[],
  claims: DraftClaim[],
  travel: Set<string>,
  journey: Set<string>,
): DraftPlace[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const dated = new Map<string, string>();
  for (const c of claims) {
    const r = c.claim.reported;
    const id = c.claim.places[0];
    if (c.claim.kind !== 'datetime' || !r.day || !id) continue;
    const k = `${r.day}-${r.partOfDay ? PART_ORDER[r.partOfDay] : 9}-${String(c.at).padStart(7, '0')}`;
    const prev = dated.get(id);
    if (!prev || k < prev) dated.set(id, k);
  }
  let route = [...dated.entries()]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([id]) => byId.get(id))
    .filter((p): p is DraftPlace => !!p);
  const rest = (ids: Iterable<string>) =>
    [...ids].filter((id) => !route.some((p) => p.id === id)).map((id) => byId.get(id));
  for (const p of rest(travel)) if (p) route = insert(route, p);
  if (route.length < 2) for (const p of rest(journey)) if (p) route = insert(route, p);
  return route;
}

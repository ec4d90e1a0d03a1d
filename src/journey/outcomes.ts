import type { Outcome } from '../data/outcomes-schema';
import { narrow, type ReportedWindow } from './timeline-windows';

/**
 * The outcomes as windows on the route, one a place, in travel order: the train at the place no
 * earlier than `from` and by `to` (an end not given is open). Outcomes at places off the route
 * are left out.
 */
export function outcomeWindows(
  outcomes: Outcome[],
  kmAlong: (place: string) => number | undefined,
): ReportedWindow[] {
  const byPlace = new Map<string, ReportedWindow>();
  for (const o of outcomes) {
    const km = kmAlong(o.place);
    if (km === undefined) continue;
    const start = o.from ? Date.parse(o.from) : Number.NEGATIVE_INFINITY;
    const end = o.to ? Date.parse(o.to) : Number.POSITIVE_INFINITY;
    const soft = {
      start: o.soft === true && o.from !== undefined,
      end: o.soft === true && o.to !== undefined,
    };
    const w = { start, end, claims: [o.id], forecast: false, soft };
    const e = byPlace.get(o.place);
    if (!e) byPlace.set(o.place, { place: o.place, km, ...w });
    else narrow(e, w);
  }
  return [...byPlace.values()].sort((x, y) => x.km - y.km);
}

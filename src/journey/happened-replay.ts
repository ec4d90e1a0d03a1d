import type { Position } from 'geojson';
import { pointAt, type RouteLine } from './route-line';
import type { Timeline } from './timeline';

const HOUR = 3_600_000;

/** A moment the outcomes fix the train at: a place, its km on the route, a time. */
export interface Knot {
  t: number;
  km: number;
  place: string;
}

/** The train as it happened: steady between the moments the outcomes fix. */
export interface HappenedReplay {
  knots: Knot[];
}

/**
 * The moments the outcomes fix: the earliest time of the first place, every place they time to
 * within the hour, and the latest time of the last place. Between two of them the train runs at
 * the steady speed that joins them (the least that fits); before the first it is not shown, after
 * the last it stands there. Null with fewer than two such moments.
 */
export function happenedReplay(t: Timeline): HappenedReplay | null {
  const knots: Knot[] = [];
  const events = t.events.filter((e) => e.possible);
  const first = events[0];
  const last = events.at(-1);
  for (const e of events) {
    let at: number | null = null;
    if (Number.isFinite(e.start) && Number.isFinite(e.end) && e.end - e.start <= HOUR)
      at = (e.start + e.end) / 2;
    else if (e === first && Number.isFinite(e.start)) at = e.start;
    else if (e === last && Number.isFinite(e.end)) at = e.end;
    if (at !== null && (knots.length === 0 || at > (knots.at(-1) as Knot).t))
      knots.push({ t: at, km: e.km, place: e.place });
  }
  return knots.length >= 2 ? { knots } : null;
}

/** Where the train was as it happened at a time: km and point, or null before the first moment. */
export function happenedPoint(
  h: HappenedReplay,
  line: RouteLine,
  t: number,
): { km: number; point: Position } | null {
  const first = h.knots[0] as Knot;
  if (t < first.t) return null;
  let km = (h.knots.at(-1) as Knot).km;
  for (let i = 1; i < h.knots.length; i++) {
    const a = h.knots[i - 1] as Knot;
    const b = h.knots[i] as Knot;
    if (t <= b.t) {
      km = a.km + ((b.km - a.km) * (t - a.t)) / (b.t - a.t);
      break;
    }
  }
  return { km, point: pointAt(line, km).point };
}

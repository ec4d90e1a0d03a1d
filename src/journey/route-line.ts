import { along } from '@turf/along';
import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import type { LineString, Position } from 'geojson';
import type { RailLeg } from '../data/schema';
import type { RouteFigures } from './route-figures';

/**
 * The route as one line in travel order, with the measured km at each vertex, and the way from
 * the railway's km scale (the km posts the page shows) to the mapped track. Pure: no DOM.
 */
export interface RouteLine {
  line: LineString;
  /** Measured km along the line at each vertex. */
  cum: number[];
  /** The line's measured length. */
  measuredKm: number;
  /** The railway's figure for the whole route (the km scale of the timeline and the clock). */
  km: number;
  /** [railway km, measured km] pairs, increasing: piecewise linear between them. */
  scale: [number, number][];
}

export function routeLine(route: RouteFigures, legs: RailLeg[]): RouteLine {
  const byId = new Map(legs.map((l) => [l.properties.id, l]));
  const coords: Position[] = [];
  for (const leg of route.legs)
    for (const part of leg.rail.parts) {
      const l = byId.get(part.leg);
      if (!l) continue;
      let c = l.geometry.coordinates;
      if (part.fromKm > part.toKm) c = [...c].reverse();
      for (const p of c) {
        const last = coords.at(-1);
        if (!last || last[0] !== p[0] || last[1] !== p[1]) coords.push(p);
      }
    }
  const cum = [0];
  for (let i = 1; i < coords.length; i++)
    cum.push((cum[i - 1] ?? 0) + distance(coords[i - 1] as Position, coords[i] as Position));
  const scale: [number, number][] = [[0, 0]];
  for (const s of route.segments) scale.push([s.toKm, s.toMeasured]);
  return {
    line: { type: 'LineString', coordinates: coords },
    cum,
    measuredKm: cum.at(-1) ?? 0,
    km: route.whole.km,
    scale,
  };
}

/** The measured km on the mapped track for a km on the railway's scale. */
export function measuredAt(r: RouteLine, km: number): number {
  const s = r.scale;
  for (let i = 1; i < s.length; i++) {
    const [k0, m0] = s[i - 1] as [number, number];
    const [k1, m1] = s[i] as [number, number];
    if (km <= k1 || i === s.length - 1) {
      const f = k1 > k0 ? Math.min(1, Math.max(0, (km - k0) / (k1 - k0))) : 0;
      return Math.min(r.measuredKm, m0 + f * (m1 - m0));
    }
  }
  return 0;
}

/** The index of the last vertex at or before a measured km (binary search on `cum`). */
function vertexBefore(r: RouteLine, m: number): number {
  let lo = 0;
  let hi = r.cum.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((r.cum[mid] ?? 0) <= m) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The point at a measured km: found by its segment (a binary search on the km at each vertex),
 * then along that segment as turf's `along` goes, on the great circle. Walking the whole line
 * for each point, as `along` on the route does, summed thousands of distances a call.
 */
function pointOnLine(r: RouteLine, m: number): Position {
  const c = r.line.coordinates;
  if (c.length < 2) return c[0] ?? [0, 0];
  const x = Math.min(r.measuredKm, Math.max(0, m));
  const i = Math.min(vertexBefore(r, x), c.length - 2);
  const segment = {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'LineString' as const,
      coordinates: [c[i] as Position, c[i + 1] as Position],
    },
  };
  return along(segment, x - (r.cum[i] ?? 0)).geometry.coordinates;
}

/** The point on the track and the train's bearing there, at a km on the railway's scale. */
export function pointAt(r: RouteLine, km: number): { point: Position; bearing: number } {
  const m = measuredAt(r, km);
  const point = pointOnLine(r, m);
  const back = pointOnLine(r, m - 1);
  const ahead = pointOnLine(r, m + 1);
  return { point, bearing: bearing(back, ahead) };
}

/** The part of the route between two km on the railway's scale, as coordinates. */
export function sliceCoords(r: RouteLine, fromKm: number, toKm: number): Position[] {
  const a = measuredAt(r, Math.min(fromKm, toKm));
  const b = measuredAt(r, Math.max(fromKm, toKm));
  const c = r.line.coordinates;
  const interp = (m: number): Position => {
    const lo = vertexBefore(r, m);
    const hi = Math.min(lo + 1, r.cum.length - 1);
    const m0 = r.cum[lo] ?? 0;
    const m1 = r.cum[hi] ?? m0;
    const f = m1 > m0 ? (m - m0) / (m1 - m0) : 0;
    const p = c[lo] as Position;
    const q = c[hi] as Position;
    return [
      (p[0] ?? 0) + f * ((q[0] ?? 0) - (p[0] ?? 0)),
      (p[1] ?? 0) + f * ((q[1] ?? 0) - (p[1] ?? 0)),
    ];
  };
  const out: Position[] = [interp(a)];
  for (let i = vertexBefore(r, a); i < c.length && (r.cum[i] ?? 0) < b; i++)
    if ((r.cum[i] ?? 0) > a) out.push(c[i] as Position);
  out.push(interp(b));
  return out;
}

import type { Position } from 'geojson';
import type { RailLeg } from '../data/schema';

/** The source and line words of a stretch drawn where a story has no track. */
export const NO_TRACK = {
  line: 'no track data',
  source: 'the great circle between the two stops (the story has no track for this stretch)',
} as const;

const RAD = Math.PI / 180;
type Vec = [number, number, number];

const unit = (p: Position): Vec => {
  const [lon, lat] = [(p[0] ?? 0) * RAD, (p[1] ?? 0) * RAD];
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
};

/** Points along the great circle from a to b, about every `stepKm` (the ends included). */
export function greatCircle(a: Position, b: Position, stepKm = 25): Position[] {
  const [x1, y1, z1] = unit(a);
  const [x2, y2, z2] = unit(b);
  const omega = Math.acos(Math.min(1, Math.max(-1, x1 * x2 + y1 * y2 + z1 * z2)));
  const n = Math.min(400, Math.max(1, Math.ceil((omega * 6371) / stepKm)));
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const out: Position[] = [a];
  const s = Math.sin(omega);
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const [k1, k2] =
      s < 1e-12 ? [1 - t, t] : [Math.sin((1 - t) * omega) / s, Math.sin(t * omega) / s];
    const [x, y, z] = [k1 * x1 + k2 * x2, k1 * y1 + k2 * y2, k1 * z1 + k2 * z2];
    out.push([round(Math.atan2(y, x) / RAD), round(Math.atan2(z, Math.hypot(x, y)) / RAD)]);
  }
  out.push(b);
  return out;
}

/** Whether the legs join a and b (through any number of nodes). */
export function joined(legs: readonly RailLeg[], a: string, b: string): boolean {
  const next = new Map<string, string[]>();
  for (const { properties: p } of legs) {
    next.set(p.from, [...(next.get(p.from) ?? []), p.to]);
    next.set(p.to, [...(next.get(p.to) ?? []), p.from]);
  }
  const seen = new Set([a]);
  const queue = [a];
  while (queue.length > 0) {
    const n = queue.shift() as string;
    if (n === b) return true;
    for (const m of next.get(n) ?? []) if (!seen.has(m)) seen.add(m) && queue.push(m);
  }
  return false;
}

/**
 * The route's legs, complete: the story's own (track or the author's lines) and, between two
 * consecutive stops that no leg joins, the great circle, marked as having no track
 * (`track: false`). A stop may be any place: the route runs through it all the same.
 */
export function completeLegs(
  legs: readonly RailLeg[],
  stops: readonly string[],
  position: (id: string) => Position | undefined,
): RailLeg[] {
  const out = [...legs];
  for (let i = 1; i < stops.length; i++) {
    const [from, to] = [stops[i - 1] as string, stops[i] as string];
    if (from === to || joined(out, from, to)) continue;
    const a = position(from);
    const b = position(to);
    if (!a || !b) continue;
    out.push({
      type: 'Feature',
      properties: {
        id: `${from}--${to}`,
        from,
        to,
        line: NO_TRACK.line,
        accuracy: 'approximate',
        track: false,
        onRoute: true,
        published: null,
        note: '',
        source: NO_TRACK.source,
        license: 'none (computed)',
      },
      geometry: { type: 'LineString', coordinates: greatCircle(a, b) },
    });
  }
  return out;
}

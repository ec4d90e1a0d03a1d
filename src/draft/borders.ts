import type { Position } from 'geojson';

/** Where two countries' shared border lies, as lines of [lon, lat] (from a borders dataset). */
export type BorderLines = (a: string, b: string) => { lines: Position[][]; source: string } | null;

/** A border crossing the draft derives between two stops in different countries. */
export interface Crossing {
  from: string;
  to: string;
  at: Position;
  /** How the point was found, for coordSource. */
  source: string;
}

/** Planar distance in degrees of latitude, with longitude scaled at the mean latitude. */
function gap(a: Position, b: Position): number {
  const k = Math.cos(((((a[1] ?? 0) + (b[1] ?? 0)) / 2) * Math.PI) / 180);
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * k, (a[1] ?? 0) - (b[1] ?? 0));
}

/**
 * The point of a shared border nearest the straight line between two places, one each side:
 * where the line crosses the border, or, if it passes outside both countries (over the sea, or
 * through a third), the border's vertex closest to it. An approximation the review list names.
 */
export function crossingPoint(lines: Position[][], a: Position, b: Position): Position | null {
  const samples: Position[] = [];
  for (let i = 0; i <= 200; i++) {
    const f = i / 200;
    samples.push([
      (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * f,
      (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * f,
    ]);
  }
  let best: Position | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const line of lines)
    for (const v of line)
      for (const s of samples) {
        const d = gap(v, s);
        if (d < bestGap) {
          bestGap = d;
          best = v;
        }
      }
  return best
    ? [Math.round((best[0] ?? 0) * 1e5) / 1e5, Math.round((best[1] ?? 0) * 1e5) / 1e5]
    : null;
}

/** The crossings between consecutive stops of different countries that share a border. */
export function crossings(
  stops: { country: string; at: Position; name: string }[],
  border: BorderLines | undefined,
): Crossing[] {
  const out: Crossing[] = [];
  if (!border) return out;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (!a || !b || a.country === b.country) continue;
    if (out.some((c) => c.from === a.country && c.to === b.country)) continue;
    const shared = border(a.country, b.country);
    if (!shared || shared.lines.length === 0) continue;
    const at = crossingPoint(shared.lines, a.at, b.at);
    if (at)
      out.push({
        from: a.country,
        to: b.country,
        at,
        source: `${shared.source}: the point of the ${a.country}–${b.country} border nearest the straight line ${a.name}–${b.name} (approximate)`,
      });
  }
  return out;
}

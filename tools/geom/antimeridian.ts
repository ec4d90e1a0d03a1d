/**
 * World-atlas stitches its features across the 180° meridian (for spherical projections): a ring
 * round Chukotka or Fiji jumps from 179.9° to -179.9°, and Antarctica's ring circles the pole.
 * Clipped in the plane, such a jump becomes an edge across the whole map. Here every ring and
 * line is made continuous in longitude (a ring round a pole is closed along it), with copies
 * shifted by 360° where it runs past ±180°, so that clipping to boxes within ±180° is right.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Lines = LineString | MultiLineString;
export type Areas = Polygon | MultiPolygon;

/** The line with each jump of more than 180° in longitude undone. */
function continuous(line: Position[]): Position[] {
  let offset = 0;
  return line.map((p, i) => {
    const prev = line[i - 1];
    const dx = prev ? (p[0] ?? 0) - (prev[0] ?? 0) : 0;
    if (dx > 180) offset -= 360;
    else if (dx < -180) offset += 360;
    return [(p[0] ?? 0) + offset, p[1] ?? 0];
  });
}

/** A continuous ring; one that went once round a pole comes back along that pole. */
function ring(r: Position[]): Position[] {
  const c = continuous(r);
  const first = c[0];
  const last = c[c.length - 1];
  if (!first || !last || Math.abs((last[0] ?? 0) - (first[0] ?? 0)) < 180) return c;
  const meanLat = c.reduce((s, p) => s + (p[1] ?? 0), 0) / c.length;
  const pole = meanLat < 0 ? -90 : 90;
  return [...c, [last[0] ?? 0, pole], [first[0] ?? 0, pole], first];
}

const span = (parts: Position[][]) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const part of parts)
    for (const p of part) {
      lo = Math.min(lo, p[0] ?? 0);
      hi = Math.max(hi, p[0] ?? 0);
    }
  return { lo, hi };
};

/** Shifts of 360° that bring some of [lo, hi] into ±180°. */
function shifts(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (const k of [-720, -360, 0, 360, 720]) if (hi + k > -180 && lo + k < 180) out.push(k);
  return out;
}

const shift = (part: Position[], k: number) => part.map((p) => [(p[0] ?? 0) + k, p[1] ?? 0]);

export function unwrapAreas(g: Areas): Areas {
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((poly) => {
    const [outer = [], ...holes] = poly.map(ring);
    const { lo, hi } = span([outer]);
    // Each hole on the same side of the meridian as its outer ring.
    const align = (h: Position[]) =>
      shift(h, Math.round(((lo + hi) / 2 - (h[0]?.[0] ?? 0)) / 360) * 360);
    return [outer, ...holes.map(align)];
  });
  const out: Position[][][] = [];
  for (const poly of polygons) {
    const { lo, hi } = span(poly);
    for (const k of shifts(lo, hi)) out.push(poly.map((r) => shift(r, k)));
  }
  return { type: 'MultiPolygon', coordinates: out };
}

export function unwrapLines(g: Lines): Lines {
  const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).map(continuous);
  const out: Position[][] = [];
  for (const line of lines) {
    const { lo, hi } = span([line]);
    for (const k of shifts(lo, hi)) out.push(shift(line, k));
  }
  return { type: 'MultiLineString', coordinates: out };
}

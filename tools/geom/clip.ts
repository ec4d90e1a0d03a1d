/**
 * Clipping to a box, rounding and tidying, for the world basemap's lines and areas: what is left
 * is valid GeoJSON for src/data/schema.ts (rings of 4 or more positions, closed; lines of 2 or
 * more), or null when nothing is.
 */
import { bboxClip } from '@turf/turf';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type Areas, type Lines, unwrapAreas, unwrapLines } from './antimeridian.ts';
import { roundGeometry } from './write-json.ts';

export type { Areas, Lines } from './antimeridian.ts';

const same = (a: Position | undefined, b: Position | undefined) =>
  a?.[0] === b?.[0] && a?.[1] === b?.[1];
const dedupe = (line: Position[]) => line.filter((p, i) => i === 0 || !same(p, line[i - 1]));

/** Polygons from rings: repeated positions dropped, rings of fewer than 4 positions dropped. */
export function tidyPolygons(polygons: Position[][][]): Areas | null {
  const ring = (r: Position[]) => {
    const d = dedupe(r);
    return d.length >= 4 && same(d[0], d[d.length - 1]) ? d : null;
  };
  const kept: Position[][][] = [];
  for (const [outer, ...holes] of polygons) {
    // A polygon whose outer ring collapsed goes, holes and all.
    const o = outer ? ring(outer) : null;
    if (o) kept.push([o, ...holes.map(ring).filter((h): h is Position[] => h !== null)]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: kept };
}

export function tidyLines(lines: Position[][]): Lines | null {
  const kept = lines.map(dedupe).filter((l) => l.length >= 2);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'LineString', coordinates: kept[0] as Position[] }
    : { type: 'MultiLineString', coordinates: kept };
}

const polygonsOf = (g: Areas): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
const linesOf = (g: Lines): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;

/** The parts of an area inside any of the boxes (see antimeridian.ts), rounded to `digits` decimals. */
export function clipAreas(g: Areas, boxes: BBox[], digits: number): Areas | null {
  const whole = unwrapAreas(g);
  const parts = boxes.flatMap((box) => {
    const clipped = bboxClip(whole, box).geometry as Areas;
    return polygonsOf(roundGeometry(clipped, digits));
  });
  return tidyPolygons(parts);
}

/** The parts of lines inside any of the boxes, rounded to `digits` decimals. */
export function clipLines(g: Lines, boxes: BBox[], digits: number): Lines | null {
  const whole = unwrapLines(g);
  const parts = boxes.flatMap((box) => {
    const clipped = bboxClip(whole, box).geometry as Lines;
    return linesOf(roundGeometry(clipped, digits));
  });
  return tidyLines(parts);
}

/** The latitude where Web Mercator (the map's projection) ends: nothing is drawn beyond it. */
export const MAX_LAT = 85.0511;

/** The four boxes that, with `box`, cover the map's world. */
export function around(box: BBox): BBox[] {
  const [w, s, e, n] = box;
  return [
    [-180, -MAX_LAT, w, MAX_LAT],
    [e, -MAX_LAT, 180, MAX_LAT],
    [w, -MAX_LAT, e, s],
    [w, n, e, MAX_LAT],
  ];
}

/** Where two boxes overlap (with some area), or null. */
export function intersect(a: BBox, b: BBox): BBox | null {
  const c: BBox = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return c[0] < c[2] && c[1] < c[3] ? c : null;
}

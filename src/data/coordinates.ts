import type { Position } from 'geojson';
import * as z from 'zod/mini';

/**
 * GeoJSON coordinates checked with plain loops: the same rules and messages as a zod tuple per
 * position, at a fraction of the cost (the basemap has tens of thousands of positions, and they
 * are checked on the page at every load). Each problem keeps its exact path.
 */
type Issue = { path: number[]; message: string };
type Check = (v: unknown, path: number[], out: Issue[]) => void;

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** A number JSON read as Infinity (1e999) is not a wrong type: it is too large to be one. */
export const NOT_FINITE = 'not a finite number (a figure such as 1e999 is too large to hold)';
const numberWords = (v: unknown) =>
  typeof v === 'number' ? NOT_FINITE : `Invalid input: expected number, received ${kind(v)}`;

const checkPosition: Check = (p, path, out) => {
  if (!Array.isArray(p)) {
    out.push({
      path,
      message: `Invalid input: expected a position [longitude, latitude], received ${kind(p)}`,
    });
    return;
  }
  if (p.length !== 2)
    out.push({ path, message: `expected 2 numbers [longitude, latitude] (got ${p.length})` });
  const [lon, lat] = p as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon))
    out.push({
      path: [...path, 0],
      message: numberWords(lon),
    });
  else if (lon < -180) out.push({ path: [...path, 0], message: 'longitude below -180' });
  else if (lon > 180) out.push({ path: [...path, 0], message: 'longitude above 180' });
  if (typeof lat !== 'number' || !Number.isFinite(lat))
    out.push({
      path: [...path, 1],
      message: numberWords(lat),
    });
  else if (lat < -90) out.push({ path: [...path, 1], message: 'latitude below -90' });
  else if (lat > 90) out.push({ path: [...path, 1], message: 'latitude above 90' });
};

/** A position with nothing to report: checked without building its path. */
const goodPosition = (p: unknown): boolean => {
  if (!Array.isArray(p) || p.length !== 2) return false;
  const [lon, lat] = p as unknown[];
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
};

const list =
  (item: Check, min: number, tooShort: string, good?: (v: unknown) => boolean): Check =>
  (v, path, out) => {
    if (!Array.isArray(v)) {
      out.push({ path, message: `Invalid input: expected array, received ${kind(v)}` });
      return;
    }
    if (v.length < min) out.push({ path, message: tooShort });
    for (let i = 0; i < v.length; i++) if (!good?.(v[i])) item(v[i], [...path, i], out);
  };

const checkLine = list(checkPosition, 2, 'expected a line of at least 2 positions', goodPosition);
const checkRing: Check = (r, path, out) => {
  const before = out.length;
  list(checkPosition, 4, 'expected a ring of at least 4 positions', goodPosition)(r, path, out);
  if (out.length > before || !Array.isArray(r)) return;
  const a = r[0] as number[];
  const b = r[r.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) out.push({ path, message: 'expected a closed ring' });
};

function fast<T>(check: Check) {
  return z.custom<T>().check(
    z.superRefine((v, ctx) => {
      const out: Issue[] = [];
      check(v, [], out);
      for (const i of out)
        ctx.addIssue({ code: 'custom', message: i.message, path: i.path, input: v });
    }),
  );
}

export const position = fast<[number, number]>(checkPosition);
export const lineCoordinates = fast<Position[]>(checkLine);
export const multiLineCoordinates = fast<Position[][]>(list(checkLine, 0, ''));
export const polygonCoordinates = fast<Position[][]>(
  list(checkRing, 1, 'expected a polygon of at least 1 ring'),
);
export const multiPolygonCoordinates = fast<Position[][][]>(
  list(list(checkRing, 1, 'expected a polygon of at least 1 ring'), 0, ''),
);

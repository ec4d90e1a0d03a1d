import { bboxPolygon, difference, distance, featureCollection, union } from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/**
 * The finer country polygons of a small box (the Tumen mouth) and the border lines between them:
 * what tools/basemap/basemap.ts puts in place of Natural Earth there.
 */

type Lines = LineString | MultiLineString;
type Areas = Polygon | MultiPolygon;
/**
 * Finer country polygons for a small box, put in place of the 10m ones there:
 * osm_countries_tumen.geojson (OpenStreetMap, 100 m resolution) at the Tumen mouth, where the 10m
 * border puts Tumangang station in Russia.
 */
export interface Patch {
  box: BBox;
  countries: Feature<Areas, { iso: string; name: string }>[];
}

export function readPatch(fc: FeatureCollection<Areas, Record<string, unknown>>): Patch {
  const box = fc.bbox;
  if (box?.length !== 4) throw new Error('osm_countries_tumen.geojson: expected a bbox');
  const countries = fc.features
    .map((f) => ({
      type: 'Feature' as const,
      properties: { iso: String(f.properties.iso_n3 ?? ''), name: String(f.properties.name) },
      geometry: f.geometry,
    }))
    .sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));
  return { box, countries };
}

/** Removes consecutive repeated positions and the rings and polygons that collapse. */
export function tidyAreas(g: Areas): Areas | null {
  const ring = (r: Position[]) =>
    r.filter((p, i) => i === 0 || p[0] !== r[i - 1]?.[0] || p[1] !== r[i - 1]?.[1]);
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((poly) => poly.map(ring))
    .filter((poly) => (poly[0]?.length ?? 0) >= 4)
    .map((poly) => poly.filter((r) => r.length >= 4));
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** The area outside a box. */
export function areasOutside(g: Areas, box: BBox): Areas | null {
  const cut = difference(
    featureCollection<Areas>([{ type: 'Feature', properties: {}, geometry: g }, bboxPolygon(box)]),
  );
  return cut ? cut.geometry : null;
}

export function unionAreas(a: Areas, b: Areas): Areas {
  const u = union(
    featureCollection<Areas>([
      { type: 'Feature', properties: {}, geometry: a },
      { type: 'Feature', properties: {}, geometry: b },
    ]),
  );
  if (!u) throw new Error('union of two non-empty areas is empty');
  return u.geometry;
}

/** The part of segment p→q inside a box, as [t0, t1] along it (Liang–Barsky), or null. */
function segmentInBox(p: Position, q: Position, box: BBox): [number, number] | null {
  const [x, y] = p as [number, number];
  const dx = (q[0] as number) - x;
  const dy = (q[1] as number) - y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x - box[0]],
    [dx, box[2] - x],
    [-dy, y - box[1]],
    [dy, box[3] - y],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return null;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  return t0 < t1 ? [t0, t1] : null;
}

export function entersBox(g: Lines, box: BBox): boolean {
  return (g.type === 'LineString' ? [g.coordinates] : g.coordinates).some((line) =>
    line.some((p, i) => i > 0 && segmentInBox(line[i - 1] as Position, p, box) !== null),
  );
}

/** The parts of lines outside a box. */
export function linesOutside(g: Lines, box: BBox): Lines | null {
  const out: Position[][] = [];
  for (const line of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
    let part: Position[] = [];
    const flush = () => {
      if (part.length >= 2) out.push(part);
      part = [];
    };
    for (let i = 0; i + 1 < line.length; i++) {
      const p = line[i] as Position;
      const q = line[i + 1] as Position;
      const at = (t: number): Position => [
        (p[0] as number) + t * ((q[0] as number) - (p[0] as number)),
        (p[1] as number) + t * ((q[1] as number) - (p[1] as number)),
      ];
      const inside = segmentInBox(p, q, box);
      if (part.length === 0) part.push(p);
      if (!inside) {
        part.push(q);
        continue;
      }
      const [t0, t1] = inside;
      if (t0 > 0) part.push(at(t0));
      flush();
      if (t1 < 1) part.push(at(t1), q);
    }
    flush();
  }
  if (out.length === 0) return null;
  return g.type === 'LineString' && out.length === 1
    ? { type: 'LineString', coordinates: out[0] as Position[] }
    : { type: 'MultiLineString', coordinates: out };
}

/** Runs of two countries' shared edges whose ends are at most this far apart are joined. */
export const JOIN_KM = 3;

/**
 * Joins runs end to end across short gaps, nearest ends first, each end at most once and never
 * into a loop; then strings each group of joined runs into one line.
 */
export function joinRuns(runs: Position[][], maxKm: number): Position[][] {
  const end = (e: number) => {
    const r = runs[e >> 1] as Position[];
    return (e & 1 ? r.at(-1) : r[0]) as Position;
  };
  const pairs: [number, number, number][] = [];
  for (let e = 0; e < 2 * runs.length; e++)
    for (let f = e + 1; f < 2 * runs.length; f++) {
      if (e >> 1 === f >> 1) continue;
      const km = distance(end(e), end(f));
      if (km <= maxKm) pairs.push([km, e, f]);
    }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const group = runs.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i] as number));
  const partner = new Map<number, number>();
  for (const [, e, f] of pairs) {
    if (partner.has(e) || partner.has(f) || root(e >> 1) === root(f >> 1)) continue;
    partner.set(e, f);
    partner.set(f, e);
    group[root(e >> 1)] = root(f >> 1);
  }
  const out: Position[][] = [];
  const used = new Set<number>();
  for (let e = 0; e < 2 * runs.length; e++) {
    // Start from an end that is joined to nothing: each group is a path with two such ends.
    if (partner.has(e) || used.has(e >> 1)) continue;
    const line: Position[] = [];
    for (let at: number | undefined = e; at !== undefined; at = partner.get(at ^ 1)) {
      used.add(at >> 1);
      const r = runs[at >> 1] as Position[];
      line.push(...(at & 1 ? [...r].reverse() : r));
    }
    out.push(line);
  }
  return out;
}

/**
 * The borders inside the patch's box: every run of ring edges that two of its countries share
 * (the polygons are cut from one topology, so shared edges have the very same vertices). Where
 * the data has water between two countries (the Tumen where it is wider than the data's 100 m),
 * the runs on either side of it are joined by a straight line across the water, if their ends are
 * at most JOIN_KM apart.
 */
export function patchBorders(patch: Patch): { isos: [string, string]; lines: Position[][] }[] {
  const key = (p: Position, q: Position) => {
    const a = `${p[0]},${p[1]}`;
    const b = `${q[0]},${q[1]}`;
    return a < b ? `${a}|${b}` : `${b}|${a}`;
  };
  const rings = (g: Areas) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(1);
  const edges = patch.countries.map((c) => {
    const set = new Set<string>();
    for (const r of rings(c.geometry))
      for (let i = 0; i + 1 < r.length; i++) set.add(key(r[i] as Position, r[i + 1] as Position));
    return set;
  });
  const out: { isos: [string, string]; lines: Position[][] }[] = [];
  patch.countries.forEach((a, i) => {
    patch.countries.forEach((b, j) => {
      if (j <= i) return;
      const other = edges[j] as Set<string>;
      const lines: Position[][] = [];
      for (const r of rings(a.geometry)) {
        const n = r.length - 1;
        const shared = Array.from({ length: n }, (_, k) =>
          other.has(key(r[k] as Position, r[k + 1] as Position)),
        );
        if (!shared.includes(true)) continue;
        // Start after an unshared edge, so that a run crossing the ring's start stays whole.
        const start = shared.includes(false) ? shared.lastIndexOf(false) + 1 : 0;
        let run: Position[] = [];
        for (let s = 0; s < n; s++) {
          const k = (start + s) % n;
          if (shared[k]) {
            if (run.length === 0) run.push(r[k] as Position);
            run.push(r[k + 1] as Position);
          } else if (run.length > 0) {
            lines.push(run);
            run = [];
          }
        }
        if (run.length > 0) lines.push(run);
      }
      if (lines.length > 0)
        out.push({ isos: [a.properties.iso, b.properties.iso], lines: joinRuns(lines, JOIN_KM) });
    });
  });
  return out;
}

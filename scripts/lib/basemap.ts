import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  area,
  bboxClip,
  bboxPolygon,
  centerOfMass,
  difference,
  distance,
  featureCollection,
  simplify,
  union,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundGeometry } from './write-json.ts';

/** The region drawn from Natural Earth 10m data; outside it the 110m data stands in. */
export const REGION: BBox = [120, 37, 142, 56];
const OUTSIDE: BBox[] = [
  [-180, -90, REGION[0], 90],
  [REGION[2], -90, 180, 90],
  [REGION[0], -90, REGION[2], REGION[1]],
  [REGION[0], REGION[3], REGION[2], 90],
];

type Lines = LineString | MultiLineString;
type Areas = Polygon | MultiPolygon;
type AnyFeature = Feature<Geometry, Record<string, unknown>>;

const require = createRequire(import.meta.url);
function worldAtlas(name: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;
}

function isEmpty(g: Geometry): boolean {
  return g.type !== 'GeometryCollection' && (g.coordinates as unknown[]).length === 0;
}

/** Clips to a box, simplifies (tolerance in degrees) and rounds; null when nothing is left. */
function clipTo<G extends Lines | Areas>(
  geometry: G,
  box: BBox,
  tolerance: number,
  digits: number,
): G | null {
  const clipped = bboxClip(geometry, box).geometry as G;
  if (isEmpty(clipped)) return null;
  const simple =
    tolerance > 0 ? (simplify(clipped, { tolerance, highQuality: true }) as G) : clipped;
  // Rings that collapse under simplification would be invalid; drop them.
  if (simple.type === 'MultiPolygon') {
    simple.coordinates = simple.coordinates.filter((p) => (p[0]?.length ?? 0) >= 4);
  }
  if (isEmpty(simple)) return null;
  return roundGeometry(simple, digits);
}

function countries(file: string): Feature<Areas, { name: string }>[] {
  const topo = worldAtlas(file);
  const fc = topoFeature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection<
    Areas,
    { name: string }
  >;
  return [...fc.features].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

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
function tidyAreas(g: Areas): Areas | null {
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
function areasOutside(g: Areas, box: BBox): Areas | null {
  const cut = difference(
    featureCollection<Areas>([{ type: 'Feature', properties: {}, geometry: g }, bboxPolygon(box)]),
  );
  return cut ? cut.geometry : null;
}

function unionAreas(a: Areas, b: Areas): Areas {
  const u = union(
    featureCollection<Areas>([
      { type: 'Feature', properties: {}, geometry: a },
      { type: 'Feature', properties: {}, geometry: b },
    ]),
  );
  if (!u) throw new Error('union of two non-empty areas is empty');
  return u.geometry;
}

/**
 * Country polygons: 10m inside the region, 110m outside it; inside the patch's box the patch's
 * polygons (matched by ISO numeric code) stand in for the 10m ones, unsimplified.
 */
export function buildLand(patch: Patch): AnyFeature[] {
  const out: AnyFeature[] = [];
  const used = new Set<string>();
  for (const c of countries('countries-10m.json')) {
    const clipped = clipTo(c.geometry, REGION, 0.004, 4);
    let g = clipped ? areasOutside(clipped, patch.box) : null;
    const fine = patch.countries.find((p) => p.properties.iso === String(c.id));
    if (fine) {
      used.add(fine.properties.iso);
      const inside = bboxClip(fine.geometry, patch.box).geometry as Areas;
      g = g ? unionAreas(g, inside) : inside;
    }
    const tidy = g ? tidyAreas(roundGeometry(g, 4)) : null;
    if (tidy)
      out.push({
        type: 'Feature',
        properties: { name: c.properties.name, iso: String(c.id), detail: 'fine' },
        geometry: tidy,
      });
  }
  const unused = patch.countries.filter((p) => !used.has(p.properties.iso));
  if (unused.length > 0)
    throw new Error(`no 10m country for ${unused.map((p) => p.properties.name).join(', ')}`);
  for (const c of countries('countries-110m.json')) {
    for (const box of OUTSIDE) {
      const g = clipTo(c.geometry, box, 0, 2);
      if (g)
        out.push({
          type: 'Feature',
          properties: { name: c.properties.name, iso: String(c.id ?? ''), detail: 'coarse' },
          geometry: g,
        });
    }
  }
  return out;
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

function entersBox(g: Lines, box: BBox): boolean {
  return (g.type === 'LineString' ? [g.coordinates] : g.coordinates).some((line) =>
    line.some((p, i) => i > 0 && segmentInBox(line[i - 1] as Position, p, box) !== null),
  );
}

/** The parts of lines outside a box. */
function linesOutside(g: Lines, box: BBox): Lines | null {
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
function joinRuns(runs: Position[][], maxKm: number): Position[][] {
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

/**
 * Land borders: Natural Earth 10m boundary lines in the region (less the patch's box), the lines
 * where the patch's countries meet inside the box, and the 110m country mesh outside the region.
 */
export function buildBorders(
  fine: FeatureCollection<Lines, Record<string, unknown>>,
  patch: Patch,
): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const f of fine.features) {
    const clipped = bboxClip(f.geometry, REGION).geometry as Lines;
    const outside = isEmpty(clipped) ? null : linesOutside(clipped, patch.box);
    const g = outside ? clipTo(outside, REGION, 0.002, 4) : null;
    const kind = String(f.properties.featurecla ?? '').startsWith('Line of control')
      ? 'line-of-control'
      : 'international';
    if (g)
      out.push({
        type: 'Feature',
        properties: { kind, name: String(f.properties.name ?? ''), detail: 'fine' },
        geometry: g,
      });
  }
  for (const { lines } of patchBorders(patch)) {
    out.push({
      type: 'Feature',
      properties: { kind: 'international', name: '', detail: 'fine' },
      geometry: roundGeometry({ type: 'MultiLineString', coordinates: lines }, 4),
    });
  }
  const topo = worldAtlas('countries-110m.json');
  const coarse = topoMesh(topo, topo.objects.countries as GeometryCollection, (a, b) => a !== b);
  for (const box of OUTSIDE) {
    const g = clipTo(coarse, box, 0, 2);
    if (g)
      out.push({
        type: 'Feature',
        properties: { kind: 'international', name: '', detail: 'coarse' },
        geometry: g,
      });
  }
  return out;
}

/** The rivers the story touches, named the way English-language maps name them. */
export const STORY_RIVERS = ['Tumen', 'Amur', 'Ussuri', 'Zeya'];

/**
 * The river that is every border of one country inside the patch's box: the Tumen, the whole of
 * North Korea's border with China and with Russia there.
 */
const BORDER_RIVER = { name: 'Tumen', iso: '408' };

/**
 * Natural Earth rivers and lake centre lines, less the patch's box; inside it the Tumen is drawn
 * along North Korea's borders of the patch (patchBorders), so that river and border agree.
 */
export function buildRivers(
  src: FeatureCollection<Lines, Record<string, unknown>>,
  patch: Patch,
): AnyFeature[] {
  const out: AnyFeature[] = [];
  let borderRiverRank: number | null = null;
  for (const f of src.features) {
    const names = [f.properties.name_en, f.properties.name].map((n) => String(n ?? ''));
    const story = STORY_RIVERS.find((r) => names.includes(r));
    const name = story ?? names.find((n) => n !== '') ?? '';
    const clipped = bboxClip(f.geometry, REGION).geometry as Lines;
    const outside = isEmpty(clipped) ? null : linesOutside(clipped, patch.box);
    const g = outside ? clipTo(outside, REGION, 0.003, 4) : null;
    const rank = Number(f.properties.scalerank);
    if (name === BORDER_RIVER.name && !isEmpty(clipped) && entersBox(clipped, patch.box))
      borderRiverRank = rank;
    if (g)
      out.push({
        type: 'Feature',
        properties: { name, story: story !== undefined, rank },
        geometry: g,
      });
  }
  if (borderRiverRank === null) throw new Error(`no ${BORDER_RIVER.name} in the patch's box`);
  const runs = patchBorders(patch)
    .filter((b) => b.isos.includes(BORDER_RIVER.iso))
    .flatMap((b) => b.lines);
  out.push({
    type: 'Feature',
    properties: {
      name: BORDER_RIVER.name,
      story: STORY_RIVERS.includes(BORDER_RIVER.name),
      rank: borderRiverRank,
    },
    geometry: roundGeometry({ type: 'MultiLineString', coordinates: joinRuns(runs, JOIN_KM) }, 4),
  });
  return out;
}

export function buildLakes(src: FeatureCollection<Areas, Record<string, unknown>>): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const f of src.features) {
    const g = clipTo(f.geometry, REGION, 0.003, 4);
    const rank = Number(f.properties.scalerank);
    if (g)
      out.push({
        type: 'Feature',
        properties: { name: (f.properties.name as string | null) ?? '', rank },
        geometry: g,
      });
  }
  return out;
}

/**
 * Orientation labels: Natural Earth populated places (less those within `minKm` of a story place,
 * which the map labels itself) and a label point per country, the centre of mass of its largest
 * polygon inside the region.
 */
export function buildLabels(
  cities: FeatureCollection<GeoJSON.Point, Record<string, unknown>>,
  land: AnyFeature[],
  storyPoints: GeoJSON.Position[],
  minKm = 15,
): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const f of land) {
    if (f.properties.detail !== 'fine' || f.geometry.type === 'GeometryCollection') continue;
    const g = f.geometry as Areas;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const largest = polys
      .map((p) => ({ p, a: area({ type: 'Polygon', coordinates: p }) }))
      .sort((x, y) => y.a - x.a)[0];
    if (!largest) continue;
    const c = centerOfMass({ type: 'Polygon', coordinates: largest.p });
    out.push({
      type: 'Feature',
      properties: { name: String(f.properties.name), kind: 'country', rank: 0 },
      geometry: roundGeometry(c.geometry, 3),
    });
  }
  const kept = cities.features
    .filter((f) => storyPoints.every((p) => distance(p, f.geometry.coordinates) > minKm))
    .sort(
      (a, b) =>
        Number(a.properties.scalerank) - Number(b.properties.scalerank) ||
        String(a.properties.name).localeCompare(String(b.properties.name)),
    );
  for (const f of kept) {
    out.push({
      type: 'Feature',
      properties: {
        name: String(f.properties.name),
        kind: 'city',
        rank: Number(f.properties.scalerank),
      },
      geometry: roundGeometry(f.geometry, 4),
    });
  }
  return out;
}

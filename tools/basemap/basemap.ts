import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip, simplify } from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundGeometry } from '../geom/write-json.ts';
import {
  areasOutside,
  entersBox,
  JOIN_KM,
  joinRuns,
  linesOutside,
  type Patch,
  patchBorders,
  tidyAreas,
  unionAreas,
} from './tumen-patch.ts';

export { JOIN_KM, type Patch, patchBorders, readPatch } from './tumen-patch.ts';

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

export { buildLabels } from './labels.ts';

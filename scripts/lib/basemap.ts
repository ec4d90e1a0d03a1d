import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, bboxClip, centerOfMass, distance, simplify } from '@turf/turf';
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

/** Country polygons: 10m inside the region, 110m outside it. */
export function buildLand(): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const c of countries('countries-10m.json')) {
    const g = clipTo(c.geometry, REGION, 0.004, 4);
    if (g)
      out.push({
        type: 'Feature',
        properties: { name: c.properties.name, iso: String(c.id), detail: 'fine' },
        geometry: g,
      });
  }
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

/** Land borders: Natural Earth 10m boundary lines in the region, the 110m country mesh outside. */
export function buildBorders(
  fine: FeatureCollection<Lines, Record<string, unknown>>,
): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const f of fine.features) {
    const g = clipTo(f.geometry, REGION, 0.002, 4);
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

export function buildRivers(src: FeatureCollection<Lines, Record<string, unknown>>): AnyFeature[] {
  const out: AnyFeature[] = [];
  for (const f of src.features) {
    const names = [f.properties.name_en, f.properties.name].map((n) => String(n ?? ''));
    const story = STORY_RIVERS.find((r) => names.includes(r));
    const name = story ?? names.find((n) => n !== '') ?? '';
    const g = clipTo(f.geometry, REGION, 0.003, 4);
    const rank = Number(f.properties.scalerank);
    if (g)
      out.push({
        type: 'Feature',
        properties: { name, story: story !== undefined, rank },
        geometry: g,
      });
  }
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

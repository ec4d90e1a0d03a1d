/**
 * Land and land borders for any region, from Natural Earth's admin-0 countries as world-atlas
 * packages them, in rings of detail (world-basemap.ts chooses them: 1:10m where the map first
 * shows the story, 1:50m round it, 1:110m for the rest of the world, so that a zoomed-out view
 * still shows the world), each simplified for the zooms the map shows there. The story's countries are
 * features of their own (the map draws them a shade darker); every other country's land is one
 * feature, which halves the bytes of the coast-free edges between them.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { BBox, Feature, Geometry } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BorderFeature, LandFeature } from '../../src/data/schema.ts';
import { unwrapAreas } from '../geom/antimeridian.ts';
import { type Areas, clipAreas, clipLines, type Lines } from '../geom/clip.ts';
import type { DecodedArcs } from '../geom/topo-arcs.ts';
import { simplifiedTopology } from '../geom/topo-arcs.ts';
import type { LoadedTopology } from './world-sources.ts';

type Country = GeometryObject<{ name: string }>;

/** One object of a topology as a GeoJSON geometry. */
export const geometryOf = (t: Topology, g: GeometryObject): Geometry =>
  (feature(t, g) as Feature).geometry;
const nameOf = (c: Country) => (c.properties as { name?: string } | undefined)?.name ?? '';

/** Every arc index a geometry uses (negative indices are reversed arcs, ~i). */
function arcIndices(g: GeometryObject, out: number[] = []): number[] {
  const walk = (a: unknown) => {
    if (typeof a === 'number') out.push(a < 0 ? ~a : a);
    else if (Array.isArray(a)) for (const x of a) walk(x);
  };
  if ('arcs' in g) walk(g.arcs);
  return out;
}

const meet = (b: BBox, box: BBox) =>
  b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];

/**
 * Whether a country has land in the box: one of its arcs meets it, or, with none, the box lies
 * wholly inside it (a region in the middle of a large country).
 */
function inBox(t: Topology, c: Country, decoded: DecodedArcs, box: BBox): boolean {
  const boxes = arcIndices(c).map((i) => decoded.boxes[i] as BBox);
  if (boxes.some((b) => meet(b, box))) return true;
  const [x, y] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const all: BBox = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  if (!meet(all, [x, y, x, y])) return false;
  return booleanPointInPolygon([x, y], unwrapAreas(geometryOf(t, c) as Areas));
}

const countriesOf = (t: Topology) =>
  (t.objects.countries as GeometryCollection<{ name: string }>).geometries as Country[];
const iso = (c: Country) => (c.id === undefined ? '' : String(c.id));

interface Detail {
  topology: Topology;
  boxes: BBox[];
  digits: number;
  detail: 'fine' | 'coarse';
}

function landOf(d: Detail, countries: Country[], named: ReadonlySet<string>): LandFeature[] {
  const out: LandFeature[] = [];
  const others: Country[] = [];
  for (const c of [...countries].sort((a, b) => iso(a).localeCompare(iso(b)))) {
    if (!named.has(iso(c))) {
      others.push(c);
      continue;
    }
    const g = clipAreas(geometryOf(d.topology, c) as Areas, d.boxes, d.digits);
    if (g)
      out.push({
        type: 'Feature',
        properties: { name: nameOf(c), iso: iso(c), detail: d.detail },
        geometry: g,
      });
  }
  const rest =
    others.length > 0 ? clipAreas(merge(d.topology, others as never), d.boxes, d.digits) : null;
  if (rest)
    out.push({
      type: 'Feature',
      properties: { name: '', iso: '', detail: d.detail },
      geometry: rest,
    });
  return out;
}

function bordersOf(d: Detail, countries: Country[]): BorderFeature[] {
  const collection = { type: 'GeometryCollection', geometries: countries } as GeometryCollection;
  const lines = mesh(d.topology, collection, (a, b) => a !== b) as Lines;
  const g = clipLines(lines, d.boxes, d.digits);
  return g
    ? [
        {
          type: 'Feature',
          properties: { kind: 'international', name: '', detail: d.detail },
          geometry: g,
        },
      ]
    : [];
}

/** One ring of detail: a topology, simplified for `box`, drawn inside the `clip` boxes. */
export interface Level {
  source: LoadedTopology;
  box: BBox;
  clip: BBox[];
  tolerance: number;
  digits: number;
  detail: 'fine' | 'coarse';
}

export interface WorldLand {
  land: LandFeature[];
  borders: BorderFeature[];
}

/**
 * Land and borders, level by level. `named`: ISO numeric codes of the countries that stay
 * features of their own.
 */
export function worldLand(levels: Level[], named: ReadonlySet<string>): WorldLand {
  const land: LandFeature[] = [];
  const borders: BorderFeature[] = [];
  for (const level of levels) {
    const { topology: source, decoded } = level.source;
    const topology = simplifiedTopology(source, decoded, level.box, level.tolerance);
    const detail: Detail = {
      topology,
      boxes: level.clip,
      digits: level.digits,
      detail: level.detail,
    };
    const inside = countriesOf(source).filter((c) =>
      level.clip.some((box) => inBox(topology, c, decoded, box)),
    );
    land.push(...landOf(detail, inside, named));
    borders.push(...bordersOf(detail, inside));
  }
  return { land, borders };
}

/** Each country's land in `box`, from `source` simplified for it: for label points. */
export function countryAreas(
  source: LoadedTopology,
  box: BBox,
  tolerance: number,
): { name: string; iso: string; geometry: Areas }[] {
  const topology = simplifiedTopology(source.topology, source.decoded, box, tolerance);
  return countriesOf(source.topology)
    .filter((c) => inBox(topology, c, source.decoded, box))
    .flatMap((c) => {
      const g = clipAreas(geometryOf(topology, c) as Areas, [box], 3);
      return g ? [{ name: nameOf(c), iso: iso(c), geometry: g }] : [];
    });
}

/**
 * Which towns the basemap names, and at which zooms: the largest first, each kept in the
 * coarsest tier where it stands far enough from every town already there, so that labels
 * spread evenly instead of crowding round the big cities. A tier's spacing is about 100 px of
 * map at the least zoom where the map's city layer shows that tier (src/map/basemap-layers.ts),
 * at the box's middle latitude. The story's own places, which the map labels itself, keep half
 * that much room round them in every tier: a town nearer than half a label's width would sit
 * on the story's label, or be the same place under another spelling.
 */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { BBox, Polygon, Position } from 'geojson';
import type { LabelFeature } from '../../src/data/schema.ts';
import type { Areas } from '../geom/clip.ts';
import type { City } from './world-sources.ts';

/** The city layer shows rank ≤ 3 below zoom 4, ≤ 5 below 5, ≤ 7 below 7, ≤ 10 from 7. */
export const TIERS = [
  { rank: 3, zoom: 3 },
  { rank: 5, zoom: 4 },
  { rank: 7, zoom: 5 },
  { rank: 10, zoom: 7 },
] as const;
const LABEL_PX = 100;
const EARTH_KM = 40075.017;
/** km per px at a zoom, with 512 px tiles (MapLibre's), at a latitude. */
export const kmPerPx = (zoom: number, lat: number) =>
  (EARTH_KM * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/** Positions in km, east and north, near enough to true distance for spacing labels. */
const km = ([lon = 0, lat = 0]: Position): [number, number] => [
  lon * 111.32 * Math.cos((lat * Math.PI) / 180),
  lat * 110.57,
];

class Grid {
  private cells = new Map<string, [number, number][]>();
  constructor(private size: number) {}
  private key = (x: number, y: number) =>
    `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  add(p: [number, number]) {
    const k = this.key(p[0], p[1]);
    const list = this.cells.get(k) ?? [];
    list.push(p);
    this.cells.set(k, list);
  }
  clear(p: [number, number]): boolean {
    const [cx, cy] = [Math.floor(p[0] / this.size), Math.floor(p[1] / this.size)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.hypot(q[0] - p[0], q[1] - p[1]) < this.size) return false;
    return true;
  }
}

const round = ([lon = 0, lat = 0]: Position, f: number): [number, number] => [
  Math.round(lon * f) / f,
  Math.round(lat * f) / f,
];

const inside = ([lon = 0, lat = 0]: Position, b: BBox) =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/**
 * Town labels in `box`, in order of population (the order the map places them in), in the tiers
 * the map shows at `maxZoom` or below.
 */
export function cityLabels(
  all: City[],
  box: BBox,
  keep: Position[],
  maxZoom: number,
): LabelFeature[] {
  const mid = (box[1] + box[3]) / 2;
  const tiers = TIERS.filter((t, i) => i === 0 || t.zoom <= maxZoom);
  const grids = tiers.map((t) => new Grid(LABEL_PX * kmPerPx(t.zoom, mid)));
  const room = tiers.map((t) => new Grid((LABEL_PX / 2) * kmPerPx(t.zoom, mid)));
  for (const p of keep) for (const g of room) g.add(km(p));
  const towns = all
    .filter((c) => inside(c.at, box))
    .sort((a, b) => b.population - a.population || a.id - b.id);
  const out: LabelFeature[] = [];
  for (const c of towns) {
    const p = km(c.at);
    // grids[i] holds every town of tier i and coarser.
    const tier = grids.findIndex((g, i) => g.clear(p) && room[i]?.clear(p));
    if (tier < 0) continue;
    for (const g of grids.slice(tier)) g.add(p);
    out.push({
      type: 'Feature',
      properties: { name: c.name, kind: 'city', rank: tiers[tier]?.rank ?? 10 },
      geometry: { type: 'Point', coordinates: round(c.at, 1e4) },
    });
  }
  return out;
}

/**
 * A label point per country with land in the box: the centre of mass of its largest polygon
 * there (or a point on it, when the centre falls outside, as for a crescent), for countries
 * with an ISO code and enough land in the box to carry a label (1/500 of the box's area).
 */
export function countryLabels(
  countries: { name: string; iso: string; geometry: Areas }[],
  box: BBox,
): LabelFeature[] {
  const boxArea = area({
    type: 'Polygon',
    coordinates: [
      [
        [box[0], box[1]],
        [box[2], box[1]],
        [box[2], box[3]],
        [box[0], box[3]],
        [box[0], box[1]],
      ],
    ],
  });
  const out: LabelFeature[] = [];
  for (const c of [...countries].sort((a, b) => a.iso.localeCompare(b.iso))) {
    if (c.iso === '' || c.name === '') continue;
    const polys = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
    const largest = polys
      .map((p): { p: Polygon; a: number } => {
        const poly: Polygon = { type: 'Polygon', coordinates: p };
        return { p: poly, a: area(poly) };
      })
      .sort((x, y) => y.a - x.a)[0];
    if (!largest || largest.a < boxArea / 500) continue;
    let at = centerOfMass(largest.p).geometry.coordinates;
    if (!booleanPointInPolygon(at, largest.p)) at = pointOnFeature(largest.p).geometry.coordinates;
    out.push({
      type: 'Feature',
      properties: { name: c.name, kind: 'country', rank: 0 },
      geometry: { type: 'Point', coordinates: round(at, 1e3) },
    });
  }
  return out;
}

import { area, centerOfMass, distance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { roundGeometry } from '../geom/write-json.ts';
import { englishName, type GazetteerPlace } from './english-name.ts';

type Areas = Polygon | MultiPolygon;
type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/**
 * Orientation labels: Natural Earth populated places (less those within `minKm` of a story place,
 * which the map labels itself), named in English (english-name.ts), and a label point per
 * country, the centre of mass of its largest polygon inside the region.
 */
export function buildLabels(
  cities: FeatureCollection<GeoJSON.Point, Record<string, unknown>>,
  land: AnyFeature[],
  storyPoints: GeoJSON.Position[],
  gazetteer: readonly GazetteerPlace[] = [],
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
        name: englishName(f.properties, f.geometry.coordinates, gazetteer).name,
        kind: 'city',
        rank: Number(f.properties.scalerank),
      },
      geometry: roundGeometry(f.geometry, 4),
    });
  }
  return out;
}

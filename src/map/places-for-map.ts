import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../data/schema';

/** Lower is more prominent: label priority and marker size. */
const RANK: Record<Place['properties']['kind'], number> = {
  capital: 1,
  cosmodrome: 1,
  city: 2,
  border: 2,
  station: 3,
};

/** The name in the script of the place's country (both for the border, where each side names it). */
export function localName(p: Place['properties']): string {
  const { ko, ru } = p.names;
  if (p.country === 'KP') return ko ?? '';
  if (p.country === 'RU') return ru ?? '';
  return [ko, ru].filter(Boolean).join(' / ');
}

/** Flat properties for the map (MapLibre cannot read nested objects in expressions). */
export function placesForMap(places: Place[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      properties: {
        id: p.properties.id,
        name: p.properties.name,
        local: localName(p.properties),
        kind: p.properties.kind,
        rank: RANK[p.properties.kind],
      },
      geometry: p.geometry,
    })),
  };
}

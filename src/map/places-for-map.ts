import type { FeatureCollection, Point } from 'geojson';
import type { Place } from '../data/schema';

/** Lower is more prominent: label priority and marker size. */
const RANK: Record<Place['properties']['kind'], number> = {
  capital: 1,
  cosmodrome: 1,
  city: 2,
  border: 2,
  town: 3,
  station: 3,
  site: 3,
};

/**
 * The name in the language of the place's country, as the story's manifest gives it (both for a
 * border, where each side names it).
 */
export function localName(p: Place['properties'], languages: Record<string, string>): string {
  return p.country
    .split('-')
    .map((c) => p.names[languages[c] ?? ''])
    .filter(Boolean)
    .join(' / ');
}

/** Flat properties for the map (MapLibre cannot read nested objects in expressions). */
export function placesForMap(
  places: Place[],
  languages: Record<string, string> = {},
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      properties: {
        id: p.properties.id,
        name: p.properties.name,
        // The local name under the name, unless it is the same name.
        local:
          localName(p.properties, languages) === p.properties.name
            ? ''
            : localName(p.properties, languages),
        kind: p.properties.kind,
        rank: RANK[p.properties.kind],
      },
      geometry: p.geometry,
    })),
  };
}

import type { FeatureCollection, Position } from 'geojson';
import { placeFeature, railLegFeature } from '../../src/data/schema';
import { parseCollection } from '../../src/data/validate';
import { straightKm } from '../../src/journey/distance';
import { RailNetwork } from '../../src/journey/rail';
import { placesForMap } from '../../src/map/places-for-map';

/**
 * The app's load-and-compute path for a set of places and a route, as the page runs it: validate
 * both files (zod, feature by feature), build the rail network, measure the route, flatten the
 * places for the map and measure each place's straight line from the first.
 */
export function loadAndCompute(
  places: unknown,
  rail: unknown,
): { parseMs: number; computeMs: number; places: number } {
  const t0 = performance.now();
  const p = parseCollection('places.geojson', 'places', places, placeFeature).collection.features;
  const r = parseCollection('rail.geojson', 'rail', rail, railLegFeature).collection.features;
  const t1 = performance.now();
  const net = new RailNetwork(r, []);
  const leg = r[0]?.properties;
  if (leg) net.distance(leg.from, leg.to);
  const fc: FeatureCollection = placesForMap(p);
  const origin = p[0]?.geometry.coordinates as Position;
  let sum = 0;
  for (const f of p) sum += straightKm(origin, f.geometry.coordinates);
  const t2 = performance.now();
  if (!(sum >= 0) || fc.features.length !== p.length) throw new Error('workload: bad result');
  return { parseMs: t1 - t0, computeMs: t2 - t1, places: p.length };
}

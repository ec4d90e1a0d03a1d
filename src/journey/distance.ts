import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import type { Position } from 'geojson';
import { COMPASS, type CompassPoint } from '../data/compass';

/** Great-circle distance in km (turf: haversine on a sphere of radius 6371.0088 km). */
export function straightKm(a: Position, b: Position): number {
  return distance(a, b, { units: 'kilometers' });
}

/** Initial bearing from a to b, degrees clockwise from north, 0 ≤ b < 360. */
export function initialBearing(a: Position, b: Position): number {
  return (bearing(a, b) + 360) % 360;
}

/** The nearest of the 16 compass points to a bearing. */
export function compassPoint(deg: number): CompassPoint {
  const i = Math.round((((deg % 360) + 360) % 360) / 22.5) % 16;
  return COMPASS[i] as CompassPoint;
}

/** The bearing a compass point names. */
export function compassBearing(p: CompassPoint): number {
  return COMPASS.indexOf(p) * 22.5;
}

/** The smaller angle between two bearings, 0 to 180 degrees. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}

export const KM_PER_MILE = 1.609344;
export const toMiles = (km: number): number => km / KM_PER_MILE;
export const fromMiles = (mi: number): number => mi * KM_PER_MILE;

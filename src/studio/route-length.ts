/**
 * A line's length in km along its vertices (the network's haversine, src/network/measure.ts).
 */
import type { Position } from 'geojson';
import { haversineM } from '../network/measure';

export function measureLine(c: Position[]): number {
  let m = 0;
  for (let i = 1; i < c.length; i++) {
    const [a, b] = [c[i - 1] ?? [], c[i] ?? []];
    m += haversineM(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
  }
  return m / 1000;
}

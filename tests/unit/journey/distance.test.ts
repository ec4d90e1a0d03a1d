import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import {
  angleBetween,
  compassBearing,
  compassPoint,
  initialBearing,
  straightKm,
  toMiles,
} from '../../../src/journey/distance';
import { cases, golden } from './golden';

type Pair = { name: string; a: [number, number]; b: [number, number] };
const WGS84 = geodesic.Geodesic.WGS84;

describe('straightKm', () => {
  it.each(cases('straight-km'))('%s', async (name, input) => {
    const out = (input as Pair[]).map((p) => ({
      name: p.name,
      km: straightKm(p.a, p.b),
      miles: toMiles(straightKm(p.a, p.b)),
    }));
    await golden('straight-km', name, out);
  });

  it('agrees with an ellipsoidal geodesic (GeographicLib, WGS84) within 0.5%', () => {
    for (const [, input] of cases('straight-km')) {
      for (const p of input as Pair[]) {
        const g = WGS84.Inverse(p.a[1], p.a[0], p.b[1], p.b[0]);
        const ellipsoidal = (g.s12 ?? 0) / 1000;
        const km = straightKm(p.a, p.b);
        if (ellipsoidal === 0) expect(km).toBe(0);
        else expect(Math.abs(km - ellipsoidal) / ellipsoidal, p.name).toBeLessThan(0.005);
      }
    }
  });
});

describe('initialBearing and compassPoint', () => {
  it.each(cases('initial-bearing'))('%s', async (name, input) => {
    const out = (input as Pair[]).map((p) => {
      const deg = initialBearing(p.a, p.b);
      return { name: p.name, bearing: deg, compass: compassPoint(deg) };
    });
    await golden('initial-bearing', name, out);
  });

  it('agrees with GeographicLib’s azimuth within half a degree', () => {
    for (const [, input] of cases('initial-bearing')) {
      for (const p of input as Pair[]) {
        const g = WGS84.Inverse(p.a[1], p.a[0], p.b[1], p.b[0]);
        if ((g.s12 ?? 0) === 0 || Math.abs(p.a[1]) === 90) continue;
        expect(
          angleBetween(initialBearing(p.a, p.b), ((g.azi1 ?? 0) + 360) % 360),
          p.name,
        ).toBeLessThan(0.5);
      }
    }
  });

  it.each(cases('compass-point'))('compass points: %s', async (name, input) => {
    const out = (input as { bearings: number[] }).bearings.map((b) => ({
      bearing: b,
      point: compassPoint(b),
    }));
    await golden('compass-point', name, out);
  });

  it('compassBearing inverts compassPoint and angleBetween takes the short way round', () => {
    expect(compassPoint(compassBearing('NW'))).toBe('NW');
    expect(compassBearing('NNW')).toBe(337.5);
    expect(angleBetween(350, 10)).toBe(20);
    expect(angleBetween(10, 190)).toBe(180);
  });
});

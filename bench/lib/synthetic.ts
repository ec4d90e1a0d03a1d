import type { Feature, FeatureCollection, LineString, Point } from 'geojson';

/** A small seeded generator (mulberry32), so that every run builds the same synthetic data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` valid places scattered over the region, after the real ones (which the claims need). */
export function syntheticPlaces(
  real: FeatureCollection,
  n: number,
  seed = 1,
): FeatureCollection & Record<string, unknown> {
  const rnd = random(seed);
  const extra: Feature<Point>[] = [];
  for (let i = real.features.length; i < n; i++) {
    extra.push({
      type: 'Feature',
      properties: {
        id: `synthetic-${i}`,
        name: `Place ${i}`,
        names: {},
        kind: 'city',
        country: 'RU',
        coordSource: 'synthetic (benchmark)',
        mentions: [],
      },
      geometry: { type: 'Point', coordinates: [122 + rnd() * 18, 38 + rnd() * 16] },
    });
  }
  return { ...real, features: [...real.features, ...extra] };
}

/** One long surveyed leg of `vertices` points, a wandering line from Pyongyang to Vostochny. */
export function syntheticRoute(
  vertices: number,
  seed = 2,
): FeatureCollection<LineString> & Record<string, unknown> {
  const rnd = random(seed);
  const [x0, y0, x1, y1] = [125.7358714, 39.0046949, 128.333932, 51.884395];
  const coords: [number, number][] = [];
  for (let i = 0; i < vertices; i++) {
    const t = i / (vertices - 1);
    const wiggle = (rnd() - 0.5) * 0.002;
    coords.push([
      Number((x0 + (x1 - x0) * t + 4 * Math.sin(t * Math.PI) + wiggle).toFixed(6)),
      Number((y0 + (y1 - y0) * t + wiggle).toFixed(6)),
    ]);
  }
  return {
    type: 'FeatureCollection',
    name: 'rail',
    source: 'synthetic (benchmark)',
    license: 'CC0',
    features: [
      {
        type: 'Feature',
        properties: {
          id: 'pyongyang--vostochny',
          from: 'pyongyang',
          to: 'vostochny',
          line: 'synthetic',
          accuracy: 'surveyed',
          onRoute: true,
          published: null,
          note: '',
          source: 'synthetic',
          license: 'CC0',
        },
        geometry: { type: 'LineString', coordinates: coords },
      },
    ],
  };
}

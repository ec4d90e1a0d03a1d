import { bearing, booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readByName } from '../../default-story';

/**
 * The map's own geometry against itself: places in their own country, borders on the land's
 * edges, the North Korean station chains on land and never turning back. The rules are the ones
 * geo/README.md states.
 */
const read = readByName;
type Area = Feature<Polygon | MultiPolygon, { name: string; iso: string; detail: string }>;
type Located = Feature<GeoJSON.Point, { id: string; country: 'KP' | 'RU' | 'KP-RU' }>;
type Leg = Feature<GeoJSON.LineString, { id: string; from: string; to: string; accuracy: string }>;

const land: Area[] = read('land.geojson').features.filter(
  (f: Area) => f.properties.detail === 'fine',
);
const places: Located[] = read('places.geojson').features;
const stations: Located[] = read('stations.geojson').features;
const legs: Leg[] = read('rail.geojson').features;

const ISO = { KP: '408', RU: '643' } as const;
const countryOf = (p: Position) =>
  land.filter((f) => booleanPointInPolygon(p, f)).map((f) => f.properties.iso);
const areaOf = (iso: string) => land.filter((f) => f.properties.iso === iso);

/** Kilometres from p to a country's land: 0 inside it, else to the nearest edge of a ring. */
function kmTo(p: Position, iso: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (const f of areaOf(iso)) {
    if (booleanPointInPolygon(p, f)) return 0;
    const g = f.geometry;
    for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const ring of poly)
        best = Math.min(best, pointToLineDistance(p, { type: 'LineString', coordinates: ring }));
  }
  return best;
}

/** The border bridge point may be this far from either country's land (see geo/README.md). */
const BORDER_KM = 0.5;

describe('every place and station lies in its own country', () => {
  const located = [
    ...places.map((p) => ['place', p] as const),
    ...stations.map((s) => ['station', s] as const),
  ];

  it.each(
    located
      .filter(([, f]) => f.properties.country !== 'KP-RU')
      .map(([kind, f]) => [kind, f.properties.id, f] as const),
  )('%s %s', (_kind, _id, f) => {
    const own = ISO[f.properties.country as 'KP' | 'RU'];
    expect(countryOf(f.geometry.coordinates)).toEqual([own]);
  });

  it.each(
    located
      .filter(([, f]) => f.properties.country === 'KP-RU')
      .map(([kind, f]) => [kind, f.properties.id, f] as const),
  )('%s %s (the border) is within 0.5 km of both countries and in no third one', (_k, _id, f) => {
    const p = f.geometry.coordinates;
    expect(kmTo(p, ISO.KP)).toBeLessThanOrEqual(BORDER_KM);
    expect(kmTo(p, ISO.RU)).toBeLessThanOrEqual(BORDER_KM);
    expect(countryOf(p).filter((iso) => iso !== ISO.KP && iso !== ISO.RU)).toEqual([]);
  });

  it('Tumangang station is in North Korea and Khasan station in Russia (the Tumen mouth)', () => {
    const at = (id: string) => stations.find((s) => s.properties.id === id)?.geometry.coordinates;
    expect(countryOf(at('tumangang') as Position)).toEqual([ISO.KP]);
    expect(countryOf(at('khasan') as Position)).toEqual([ISO.RU]);
  });
});

describe('borders at the Tumen mouth follow the land polygons', () => {
  const box = [129.5, 41.8, 131.2, 43] as const;
  const inside = (p: Position) =>
    (p[0] as number) > box[0] &&
    (p[0] as number) < box[2] &&
    (p[1] as number) > box[1] &&
    (p[1] as number) < box[3];

  const owners = new Map<string, Set<string>>();
  for (const f of land) {
    const g = f.geometry;
    for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      for (const ring of poly)
        for (const p of ring) {
          const k = p.join(',');
          owners.set(k, (owners.get(k) ?? new Set()).add(f.properties.iso));
        }
  }
  const vertices = (g: GeoJSON.LineString | GeoJSON.MultiLineString): Position[] =>
    (g.type === 'LineString' ? [g.coordinates] : g.coordinates).flat().filter(inside);

  it('every border vertex inside the box is a vertex of two countries’ land', () => {
    let checked = 0;
    for (const f of read('borders.geojson').features)
      for (const p of vertices(f.geometry)) {
        checked++;
        expect(owners.get(p.join(','))?.size ?? 0, p.join(',')).toBeGreaterThanOrEqual(2);
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('the Tumen inside the box runs along North Korea’s border: its vertices are border vertices', () => {
    const tumen = read('rivers.geojson').features.filter(
      (f: { properties: { name: string } }) => f.properties.name === 'Tumen',
    );
    const inBox = tumen.flatMap((f: { geometry: GeoJSON.MultiLineString }) => vertices(f.geometry));
    expect(inBox.length).toBeGreaterThan(100);
    for (const p of inBox) {
      const isos = owners.get(p.join(',')) ?? new Set();
      expect(isos.has(ISO.KP) && isos.size >= 2, p.join(',')).toBe(true);
    }
  });
});

/** The North Korean chains: approximate legs between two North Korean stations. */
const country = (id: string) => stations.find((s) => s.properties.id === id)?.properties.country;
const chains = legs.filter(
  (l) =>
    l.properties.accuracy === 'approximate' &&
    country(l.properties.from) === 'KP' &&
    country(l.properties.to) === 'KP',
);

/** Turn at b in degrees: between the bearing arriving at b and the bearing leaving it. */
function turn(a: Position, b: Position, c: Position): number {
  const d = bearing(b, c) - bearing(a, b, { final: true });
  return Math.abs((((d % 360) + 540) % 360) - 180);
}

/** Points every 50 m or less along a→b, straight in lon/lat as the map draws it, ends included. */
function samples(a: Position, b: Position): Position[] {
  const n = Math.max(1, Math.ceil(distance(a, b) / 0.05));
  return Array.from({ length: n + 1 }, (_, k) => [
    (a[0] as number) + (((b[0] as number) - (a[0] as number)) * k) / n,
    (a[1] as number) + (((b[1] as number) - (a[1] as number)) * k) / n,
  ]);
}

describe('the North Korean station chains', () => {
  it('are the legs Pyongyang–Rajin–Hongui–Tumangang', () => {
    expect(chains.map((l) => l.properties.id)).toEqual([
      'pyongyang--rajin',
      'rajin--hongui',
      'hongui--tumangang',
    ]);
  });

  it.each(chains.map((l) => [l.properties.id, l] as const))(
    '%s never turns back more than 90° at a vertex',
    (_id, l) => {
      const c = l.geometry.coordinates;
      const sharp: string[] = [];
      for (let i = 1; i + 1 < c.length; i++) {
        const t = turn(c[i - 1] as Position, c[i] as Position, c[i + 1] as Position);
        if (t > 90) sharp.push(`${c[i]?.join(',')} turns ${t.toFixed(1)}°`);
      }
      expect(sharp).toEqual([]);
    },
  );

  it.each(chains.map((l) => [l.properties.id, l] as const))(
    '%s stays on North Korean land: every point 50 m apart along each segment',
    (_id, l) => {
      const kp = areaOf(ISO.KP);
      const c = l.geometry.coordinates;
      const off: string[] = [];
      for (let i = 0; i + 1 < c.length; i++) {
        const out = samples(c[i] as Position, c[i + 1] as Position).filter(
          (p) => !kp.some((f) => booleanPointInPolygon(p, f)),
        );
        if (out.length > 0) off.push(`segment ${i}: ${out.length} points off land, at ${out[0]}`);
      }
      expect(off).toEqual([]);
    },
  );
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../tools/geom/csv';
import { readByName } from '../../../default-story';

const SHARED = process.env.SHARED_DATA ?? '../shared/data';
const places = readByName('places.geojson').features as {
  properties: { id: string };
  geometry: { coordinates: [number, number] };
}[];

/**
 * Each place against a second, independent source for the same station or site (Wikipedia
 * infoboxes and trolleway points in route_keypoints.csv; the cosmodrome's Wikipedia centre).
 * The places file takes OSM nodes where it can; the two must agree within 1 km.
 */
const CROSS_CHECK: [place: string, file: string, key: string, value: string][] = [
  ['pyongyang', 'route_keypoints.csv', 'id', 'pyongyang'],
  ['tumangang', 'route_keypoints.csv', 'id', 'tumangang'],
  ['khasan', 'route_keypoints.csv', 'id', 'khasan'],
  ['ussuriysk', 'route_keypoints.csv', 'id', 'ussuriysk'],
  ['vladivostok', 'route_keypoints.csv', 'id', 'vladivostok'],
  ['border', 'rail_baranovsky_khasan_border.geojson', 'end', 'last vertex'],
  ['vostochny', 'extra_points.csv', 'name_en', 'Vostochny Cosmodrome (centre of site)'],
];

function referencePoint(file: string, key: string, value: string): [number, number] {
  const text = readFileSync(join(SHARED, file), 'utf8');
  if (file.endsWith('.geojson')) {
    const coords = JSON.parse(text).features[0].geometry.coordinates as [number, number][];
    return coords.at(-1) as [number, number];
  }
  const row = parseCsv(text).find((r) => r[key] === value);
  if (!row) throw new Error(`${file}: no row with ${key}="${value}"`);
  return [Number(row.lon), Number(row.lat)];
}

describe.skipIf(!existsSync(join(SHARED, 'SOURCES.md')))('place coordinates', () => {
  it.each(CROSS_CHECK)('%s is within 1 km of %s', (id, file, key, value) => {
    const place = places.find((p) => p.properties.id === id);
    expect(place, `no place "${id}"`).toBeDefined();
    const km = distance(place?.geometry.coordinates ?? [0, 0], referencePoint(file, key, value));
    expect(km).toBeLessThan(1);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv('a,b,c\n1,"x, ""y""",z\n2,"multi\nline",\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, "y"', c: 'z' },
      { a: '2', b: 'multi\nline', c: '' },
    ]);
  });
  it('names a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow('CSV row 2: expected 2 fields, got 3');
  });
});

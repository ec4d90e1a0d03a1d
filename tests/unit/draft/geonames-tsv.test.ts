/**
 * The GeoNames lookup reads the dump's rows as they are: a name, its ASCII form and alternates,
 * and the Japanese cities GeoNames names with their suffix ("Fukui-shi") under the name the news
 * gives them ("Fukui").
 */
import { describe, expect, it } from 'vitest';
import { geonamesLookup } from '../../../src/draft/geonames-tsv';

// Rows in the dump's own columns (id, name, ASCII name, alternates, lat, lon, class, code,
// country, cc2, admin1–4, population, elevation, dem, time zone, date); figures rounded.
const row = (
  id: number,
  name: string,
  alternates: string,
  lat: number,
  lon: number,
  cc: string,
  pop: number,
) =>
  [
    id,
    name,
    name,
    alternates,
    lat,
    lon,
    'P',
    'PPLA',
    cc,
    '',
    '01',
    '',
    '',
    '',
    pop,
    '',
    10,
    'Asia/Tokyo',
    '2024-01-01',
  ].join('\t');
const DUMP = [
  row(1, 'Fukui-shi', 'fukuishi,福井市', 36.06, 136.22, 'JP', 248_707),
  row(2, 'Kanazawa', 'Kanazawa-shi', 36.6, 136.62, 'JP', 462_361),
  row(3, 'Fukuyama', '', 34.48, 133.36, 'JP', 468_812),
].join('\n');
const lookup = geonamesLookup(DUMP, 'test rows');
const ids = (key: string) => (lookup(new Set([key])).get(key) ?? []).map((m) => m.entry.id);

describe('the GeoNames lookup', () => {
  it.each([
    ['fukui', [1]],
    ['fukui-shi', [1]],
    ['福井市', [1]],
    ['kanazawa', [2]],
  ])('finds %j', (key, want) => {
    expect(ids(key)).toEqual(want);
  });
  it.each(['fuku', 'shi', 'fukuy'])('finds nothing for %j', (key) => {
    expect(ids(key)).toEqual([]);
  });
});

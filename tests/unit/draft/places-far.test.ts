/**
 * Nearness decides between a name's places only near the article's other places: a one-entry
 * name far away (a person's name GeoNames also lists as a village) does not pull the capital of a
 * country and its cities onto villages of the same names on another continent.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/draft/analyze';
import { type Gazetteer, listLookup } from '../../../src/draft/gazetteer';
import { country, entry } from './places-gazetteer';

// GeoNames' entries of these names (ids, coordinates and populations as GeoNames gives them).
const G: Gazetteer = {
  lookup: listLookup([
    entry({
      id: 3435910,
      name: 'Buenos Aires',
      lat: -34.61315,
      lon: -58.37723,
      country: 'AR',
      population: 2_891_082,
      featureCode: 'PPLC',
    }),
    entry({
      id: 3844421,
      name: 'Mendoza',
      lat: -32.89084,
      lon: -68.82717,
      country: 'AR',
      population: 114_893,
      featureCode: 'PPLA',
    }),
    entry({
      id: 3713678,
      name: 'Buenos Aires',
      lat: 8.63146,
      lon: -79.94775,
      country: 'PA',
      population: 496,
      featureCode: 'PPLA3',
    }),
    entry({
      id: 3704348,
      name: 'Mendoza',
      lat: 9.01589,
      lon: -79.84856,
      country: 'PA',
      population: 729,
      featureCode: 'PPLA3',
    }),
    entry({
      id: 5361384,
      name: 'Julian',
      lat: 33.07865,
      lon: -116.60219,
      country: 'US',
      population: 1_502,
    }),
  ]),
  countries: [
    country('AR', '032', 'Argentina', 'Argentine', 'Buenos Aires', 'es'),
    country('PA', '591', 'Panama', 'Panamanian', 'Panama City', 'es'),
    country('US', '840', 'United States', 'American', 'Washington, D.C.', 'en'),
  ],
  regions: [],
  credit: 'test entries',
};
const ids = (text: string) =>
  analyze([{ file: 'a.txt', text, published: '2023-06-16', outlet: 'Test' }], G).places.map(
    (p) => p.entry.id,
  );

describe('a far name does not decide between two far places', () => {
  it('Spanish: Buenos Aires and Mendoza are the Argentine cities, not villages in Panama', () => {
    const got = ids(
      'Tras 29 horas de viaje llegó a Mendoza el tren que salió de Buenos Aires. Julián viajó con su familia.',
    );
    expect(got).toContain(3844421);
    expect(got).toContain(3435910);
    expect(got).not.toContain(3704348);
    expect(got).not.toContain(3713678);
  });

  it('English: nearness still decides among places near each other', () => {
    const got = ids('The train left Buenos Aires for Mendoza, 1,000 km west.');
    expect(got).toEqual([3435910, 3844421]);
  });
});

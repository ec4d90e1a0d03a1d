/**
 * A station named by what it is ("Union Station", "City Railway Station", "Central Station") is
 * no place of that name elsewhere: it stands at the city the text ties it to. A station named
 * after a place keeps that place's name ("Lublin Główny" stays Lublin's).
 */
import { describe, expect, it } from 'vitest';
import { listLookup } from '../../../src/draft/gazetteer';
import { analyzed, ENTRIES, entry, G } from './places-gazetteer';

// Places the gazetteer holds under words that also name stations: a town called Union (New
// Jersey, GeoNames 5105127) and one called City (a made-up entry far from the journey).
const g = {
  ...G,
  lookup: listLookup([
    ...ENTRIES,
    entry({
      id: 5105127,
      name: 'Union',
      lat: 40.6976,
      lon: -74.2632,
      country: 'US',
      population: 56000,
    }),
    entry({ id: 9, name: 'City', lat: -35.28, lon: 149.13, country: 'AU', population: 20000 }),
  ]),
};

const near = (text: string) => {
  const a = analyzed(text, g);
  return a.places.map((p) => ({
    name: p.name,
    lat: Math.round(p.entry.lat),
    lon: Math.round(p.entry.lon),
  }));
};

describe('stations named by what they are', () => {
  it.each([
    [
      'Union Station',
      'The train left Warsaw on Monday. Crowds cheered at Union Station as it reached Lublin.',
    ],
    [
      'City Railway Station',
      'The train left Warsaw on Monday. It was flagged off at KSR City Railway Station and reached Lublin.',
    ],
  ])('%s stands at its city, not at a town of that name', (_name, text) => {
    const found = near(text);
    expect(found.some((p) => p.name === 'Union' || p.name === 'City')).toBe(false);
    // Every place lies in Poland, near Warsaw (52° N, 21° E) or Lublin (51° N, 23° E).
    for (const p of found) {
      expect(p.lat, p.name).toBeGreaterThan(50);
      expect(p.lon, p.name).toBeGreaterThan(20);
    }
  });

  it('a town of that name, with no station after it, is still a place', () => {
    expect(
      near('The train left Lublin on Monday and reached Union on Tuesday.').map((p) => p.name),
    ).toContain('Union');
  });
});

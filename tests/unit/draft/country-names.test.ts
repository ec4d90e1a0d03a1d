/**
 * Countries as each language the draft reads names them ("España", "Spanien", "Espagne",
 * "Испания", "스페인"), from world-countries' own and translated names; a translated name that is
 * also a town of 20,000 people or more stays the town's ("Granada" is Grenada in Spanish).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { draftStory } from '../../../src/draft/draft';
import type { Gazetteer } from '../../../src/draft/gazetteer';
import { loadGazetteer } from '../../../tools/draft/gazetteer';

let g: Gazetteer;
beforeAll(() => {
  g = loadGazetteer();
}, 120_000);

const namesOf = (alpha2: string) => g.countries.find((c) => c.alpha2 === alpha2)?.names ?? [];

describe('country names', { timeout: 60_000 }, () => {
  it('holds each country as the languages of the draft write it', () => {
    expect(namesOf('ES')).toEqual(
      expect.arrayContaining([
        'Spain',
        'España',
        'Spanien',
        'Espagne',
        'Spagna',
        'Испания',
        '스페인',
      ]),
    );
    expect(namesOf('DE')).toEqual(
      expect.arrayContaining(['Germany', 'Deutschland', 'Allemagne', 'Германия']),
    );
  });

  it('leaves a translated name that is a large town to the town', () => {
    expect(namesOf('GD')).toContain('Grenada');
    expect(namesOf('GD')).not.toContain('Granada');
  });

  it('reads "España" as the country, not a town of that name', () => {
    const text =
      'Published: 2010-12-19\n\nEl tren salió de Madrid el sábado y llegó a Valencia, lo que convierte a España en el país con más vías de alta velocidad.\n';
    const { files } = draftStory([{ file: 'a.txt', text }], g);
    const places = JSON.parse(files['places.geojson'] ?? '') as {
      features: { properties: { name: string } }[];
    };
    const names = places.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Madrid', 'Valencia']));
    expect(names).not.toContain('España');
  });
});

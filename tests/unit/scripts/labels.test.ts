import { describe, expect, it } from 'vitest';
import { buildLabels, englishName } from '../../../scripts/lib/labels';

describe('basemap city labels', () => {
  it('take Natural Earth’s English field where it has one: Shenyang, not Shenyeng', () => {
    expect(englishName({ name: 'Shenyeng', name_en: 'Shenyang' })).toBe('Shenyang');
    expect(englishName({ NAME: 'Shenyeng', name: 'Shenyeng', NAME_EN: 'Shenyang' })).toBe(
      'Shenyang',
    );
    expect(englishName({ name: 'Harbin' })).toBe('Harbin');
    expect(englishName({ name: 'Harbin', name_en: '' })).toBe('Harbin');
    const labels = buildLabels(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: 'Shenyeng', name_en: 'Shenyang', scalerank: 2 },
            geometry: { type: 'Point', coordinates: [123.448, 41.8069] },
          },
        ],
      },
      [],
      [],
    );
    expect(labels.map((l) => l.properties.name)).toEqual(['Shenyang']);
  });
});

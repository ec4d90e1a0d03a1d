import { describe, expect, it } from 'vitest';
import { EMPTY_DATA } from '../../../src/data/load';
import { CREDITS } from '../../../src/map/attribution';
import { buildStyle } from '../../../src/map/style';
import { readByName } from '../../default-story';

describe('the credits line', () => {
  it('credits every source the style draws from, and MapLibre', () => {
    const rail = readByName('rail.geojson').features;
    const style = buildStyle({ ...EMPTY_DATA, rail }, 'https://example.org/');
    const needed = new Set(
      Object.values(style.sources).flatMap((s) =>
        'attribution' in s && typeof s.attribution === 'string' ? s.attribution.split(' | ') : [],
      ),
    );
    expect(needed.size).toBeGreaterThan(1);
    for (const a of needed) expect(CREDITS).toContain(a);
    expect(CREDITS.join(' ')).toContain('MapLibre');
  });
});

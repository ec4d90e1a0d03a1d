import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../../src/data/load';
import { storyCharacters, storyTexts } from '../../../../tools/glyphs/story-glyph-dir';
import { buildGlyphs } from '../../../../tools/glyphs/story-glyphs';

const dir = mkdtempSync(join(tmpdir(), 'story-texts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'places.geojson'),
  JSON.stringify({
    type: 'FeatureCollection',
    name: 'places',
    features: [
      {
        type: 'Feature',
        properties: { id: 'przemysl', name: 'Przemyśl', names: { uk: 'Перемишль 😀' } },
        geometry: { type: 'Point', coordinates: [22.77, 49.78] },
      },
      { type: 'Feature', properties: { name: 'Без id' }, geometry: null },
    ],
  }),
);
writeFileSync(
  join(dir, 'claims.json'),
  JSON.stringify({ name: 'claims', claims: [{ id: 'far', quote: 'Львів — Київ' }] }),
);
const loaded = {
  data: {
    labels: [{ properties: { name: 'Rzeszów' } }],
    rivers: [{ properties: { name: 'Dnipro' } }],
    lakes: [],
  },
} as unknown as LoadResult;

describe('storyTexts', () => {
  it('names each string by file, feature (its id, else its index) and field', () => {
    const texts = storyTexts(dir, loaded);
    expect(texts).toContainEqual({
      file: 'places.geojson',
      feature: 'przemysl',
      field: 'names.uk',
      text: 'Перемишль 😀',
    });
    expect(texts).toContainEqual({
      file: 'places.geojson',
      feature: '1',
      field: 'name',
      text: 'Без id',
    });
    expect(texts).toContainEqual({
      file: 'claims.json',
      feature: 'far',
      field: 'quote',
      text: 'Львів — Київ',
    });
    expect(texts).toContainEqual({ file: 'claims.json', field: 'name', text: 'claims' });
    expect(texts).toContainEqual({
      file: 'basemap labels.geojson',
      feature: '0',
      field: 'name',
      text: 'Rzeszów',
    });
  });

  it('so that the glyph build names where a character no font has was found', () => {
    expect(() => buildGlyphs(storyCharacters(dir, loaded), join(dir, 'out'))).toThrow(
      'places.geojson feature "przemysl" (names.uk): no bundled font has U+1F600 "😀"',
    );
  });
});

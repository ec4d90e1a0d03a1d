import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGlyphs } from '../../../../scripts/build-glyphs';
import { GLYPH_STACKS } from '../../../../src/map/layers';
import { placesForMap } from '../../../../src/map/places-for-map';
import { bitmapFits, decodeGlyphs, encodeGlyphs } from '../../../../tools/glyphs/glyph-pbf';
import { BORDER, type PathCommand, sdfGlyph } from '../../../../tools/glyphs/sdf';
import { storyCharacters } from '../../../../tools/glyphs/story-glyph-dir';
import { buildGlyphs } from '../../../../tools/glyphs/story-glyphs';
import { readStory } from '../../../../tools/story/read-story';
import { DEFAULT_STORY, readByName } from '../../../default-story';
import { mapClaimLines } from '../../journey/fixtures-data';

const square = (
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  clockwise = true,
): PathCommand[] => {
  const pts = clockwise
    ? [
        [x0, y0],
        [x0, y1],
        [x1, y1],
        [x1, y0],
      ]
    : [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
      ];
  return [
    { command: 'moveTo', args: pts[0] ?? [] },
    ...pts.slice(1).map((p) => ({ command: 'lineTo' as const, args: p })),
    { command: 'closePath', args: [] },
  ];
};
const at = (g: ReturnType<typeof sdfGlyph>, col: number, row: number) =>
  g.bitmap[row * (g.width + 2 * BORDER) + col] ?? -1;

describe('signed distance fields', () => {
  it('a 24 px square: size, position, the edge at 192, full inside, empty far outside', () => {
    const g = sdfGlyph(65, square(0, 0, 1000, 1000), 1000, 1000);
    expect([g.width, g.height, g.left, g.top, g.advance]).toEqual([24, 24, 0, 24 - 27, 24]);
    expect(bitmapFits(g)).toBe(true);
    const mid = BORDER + 12;
    expect(at(g, mid, mid)).toBe(255);
    // Half a pixel inside and outside the left edge: 192 ± 32 × 0.5.
    expect(at(g, BORDER, mid)).toBe(Math.round(255 - 255 * (-0.5 / 8 + 0.25)));
    expect(at(g, BORDER - 1, mid)).toBe(Math.round(255 - 255 * (0.5 / 8 + 0.25)));
    expect(at(g, 0, 0)).toBeLessThan(192);
  });

  it('a counter-wound inner contour is a hole, whichever way the outer one runs', () => {
    for (const outer of [true, false]) {
      const g = sdfGlyph(
        79,
        [...square(0, 0, 1000, 1000, outer), ...square(250, 250, 750, 750, !outer)],
        1000,
        1000,
      );
      const mid = BORDER + 12;
      expect(at(g, mid, mid)).toBeLessThan(192);
      expect(at(g, BORDER + 2, mid)).toBeGreaterThan(192);
    }
  });

  it('a blank glyph keeps its advance and has no bitmap', () => {
    const g = sdfGlyph(32, [], 260, 1000);
    expect(g.bitmap.length).toBe(0);
    expect(g.advance).toBe(Math.round((260 * 24) / 1000));
  });

  it('a glyph PBF reads back as written, in code point order', () => {
    const a = sdfGlyph(66, square(0, 0, 500, 700), 600, 1000);
    const b = sdfGlyph(65, square(100, -200, 600, 700), 700, 1000);
    const [stack] = decodeGlyphs(encodeGlyphs('s', 0, [a, b]));
    expect(stack?.name).toBe('s');
    expect(stack?.range).toBe('0-255');
    expect(stack?.glyphs.map((g) => g.id)).toEqual([65, 66]);
    const back = stack?.glyphs[0];
    expect(back && { ...back, bitmap: [...back.bitmap] }).toEqual({ ...b, bitmap: [...b.bitmap] });
  });
});

const STACKS = Object.keys(GLYPH_STACKS);
const readGeo = readByName;
const names = (f: string) =>
  (readGeo(f).features as { properties: { name?: string } }[]).map((x) => x.properties.name ?? '');

/** Every text the map can label, with the stack it is drawn in. */
function labelTexts(): [string, string][] {
  const regular = 'noto-sans-regular';
  const bold = 'noto-sans-bold';
  const texts: [string, string][] = [];
  for (const n of [
    ...names('labels.geojson'),
    ...names('rivers.geojson'),
    ...names('lakes.geojson'),
  ])
    texts.push([n, regular], [n.toUpperCase(), regular]);
  for (const n of names('stations.geojson')) texts.push([n, regular]);
  for (const f of placesForMap(readGeo('places.geojson').features, { KP: 'ko', RU: 'ru' })
    .features) {
    texts.push([String(f.properties?.name), bold], [String(f.properties?.local), regular]);
  }
  for (const mode of ['reported', 'computed'] as const)
    for (const units of ['km', 'mi'] as const)
      for (const f of mapClaimLines(mode, units).features)
        texts.push([String(f.properties?.label), bold]);
  return texts;
}

describe("the default story's glyphs (tools/glyphs/story-glyph-dir.ts)", async () => {
  const out = mkdtempSync(join(tmpdir(), 'glyphs-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const loaded = await readStory(DEFAULT_STORY);
  buildGlyphs(storyCharacters(DEFAULT_STORY, loaded), out);
  const glyphs = new Map<string, Map<number, ReturnType<typeof sdfGlyph>>>();
  for (const stack of STACKS) {
    const byId = new Map<number, ReturnType<typeof sdfGlyph>>();
    for (const file of readdirSync(join(out, stack))) {
      const decoded = decodeGlyphs(readFileSync(join(out, stack, file)));
      expect(decoded).toHaveLength(1);
      expect(`${decoded[0]?.range}.pbf`).toBe(file);
      const start = Number(file.split('-')[0]);
      for (const g of decoded[0]?.glyphs ?? []) {
        expect(
          g.id >= start && g.id < start + 256,
          `${stack}/${file}: U+${g.id.toString(16)}`,
        ).toBe(true);
        expect(bitmapFits(g)).toBe(true);
        byId.set(g.id, g);
      }
    }
    glyphs.set(stack, byId);
  }

  it('has a glyph for every character of every label the map can show', () => {
    const texts = labelTexts();
    expect(texts.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const [text, stack] of texts)
      for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x0a) continue;
        if (!glyphs.get(stack)?.has(cp)) missing.push(`${stack} "${ch}" in "${text}"`);
      }
    expect(missing).toEqual([]);
  });

  it('has Latin, Cyrillic and Hangul shapes in both weights, inked inside', () => {
    for (const stack of STACKS)
      for (const ch of ['P', 'Д', '평']) {
        const g = glyphs.get(stack)?.get(ch.codePointAt(0) ?? 0);
        expect(g?.width).toBeGreaterThan(5);
        expect(Math.max(...(g?.bitmap ?? []))).toBeGreaterThan(192);
      }
    // Bold is bolder: more of its field lies inside the outline.
    const ink = (stack: string) =>
      [...(glyphs.get(stack)?.get(0x4d)?.bitmap ?? [])].filter((v) => v > 192).length;
    expect(ink('noto-sans-bold')).toBeGreaterThan(ink('noto-sans-regular'));
  });

  it('is what scripts/build-glyphs.ts writes for the same characters', { timeout: 60_000 }, () => {
    const again = mkdtempSync(join(tmpdir(), 'glyphs-cli-'));
    try {
      writeGlyphs(storyCharacters(DEFAULT_STORY, loaded).keys(), again);
      for (const stack of STACKS) {
        const files = readdirSync(join(out, stack)).sort();
        expect(readdirSync(join(again, stack)).sort()).toEqual(files);
        for (const f of files)
          expect(
            readFileSync(join(again, stack, f)).equals(readFileSync(join(out, stack, f))),
            f,
          ).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

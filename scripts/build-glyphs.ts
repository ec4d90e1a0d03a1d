/**
 * Writes the map's label glyphs into public/glyphs/: signed distance fields in MapLibre's glyph
 * PBF format, one file per font stack and range of 256 code points, computed from Noto Sans and
 * Noto Sans KR (Fontsource packages, SIL OFL 1.1). With these, the reader's browser decodes
 * ready-made glyphs instead of drawing each one on its main thread while the map loads.
 *
 * Which characters: printable ASCII, the Latin-1 signs, dashes, quotes and the like, and every other
 * character in geo/ (local names in Hangul and Cyrillic, place and label names), for both stacks.
 * No network; deterministic (plain arithmetic on the fonts' outlines).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { GLYPH_STACKS } from '../src/map/layers.ts';
import { encodeGlyphs } from './lib/glyph-pbf.ts';
import { type PathCommand, type SdfGlyph, sdfGlyph } from './lib/sdf.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// --out DIR: somewhere else (the tests rebuild into a temporary folder and compare).
const outArg = process.argv.indexOf('--out');
const outDir =
  outArg > 0 ? resolve(process.argv[outArg + 1] ?? '') : join(root, 'public', 'glyphs');

interface FontFile {
  path: string;
  ranges: [number, number][];
}

/** The @font-face blocks of a Fontsource CSS file: the woff2 file and its unicode-range. */
function readCss(pkg: string, css: string): FontFile[] {
  const path = require.resolve(`${pkg}/${css}`);
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!file) throw new Error(`${path}: @font-face without a woff2 url`);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF';
    return {
      path: join(dirname(path), 'files', file),
      ranges: range.split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        const lo = Number.parseInt(a ?? '', 16);
        return [lo, b === undefined ? lo : Number.parseInt(b, 16)] as [number, number];
      }),
    };
  });
}

/** The characters the labels can use (see the header). */
function labelCharacters(): number[] {
  const codes = new Set<number>();
  const add = (lo: number, hi: number) => {
    for (let c = lo; c <= hi; c++) codes.add(c);
  };
  add(0x20, 0x7e);
  add(0xa0, 0xbf);
  for (const ch of '×‐–—‘’“”•…′″−≈') add(ch.codePointAt(0) ?? 0, ch.codePointAt(0) ?? 0);
  // Every story folder and the basemap (geo/**), and the test stories.
  const files = [join(root, 'geo'), join(root, 'tests/fixtures/stories')].flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(geo)?json$/.test(f) && !f.endsWith('.schema.json'))
          .sort()
          .map((f) => join(dir, f))
      : [],
  );
  for (const file of files) {
    // With capitals too: some labels are set in upper case.
    const text = readFileSync(file, 'utf8');
    for (const ch of text + text.toUpperCase()) {
      const c = ch.codePointAt(0) ?? 0;
      if (c > 0x7e) codes.add(c);
    }
  }
  return [...codes].sort((a, b) => a - b);
}

const fontCache = new Map<string, fontkit.Font>();
function open(path: string): fontkit.Font {
  let font = fontCache.get(path);
  if (!font) {
    font = fontkit.create(readFileSync(path)) as fontkit.Font;
    fontCache.set(path, font);
  }
  return font;
}

/** Writes the glyph PBFs of `chars` (and the fonts' licences) into `dir`, replacing what is there. */
export function writeGlyphs(chars: number[], dir: string): void {
  const outDir = dir;
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const [stack, weight] of Object.entries(GLYPH_STACKS)) {
    const faces = [
      ...readCss('@fontsource/noto-sans', `${weight}.css`),
      ...readCss('@fontsource/noto-sans-kr', `${weight}.css`),
    ];
    const byRange = new Map<number, SdfGlyph[]>();
    for (const c of chars) {
      const face = faces.find(
        (f) =>
          f.ranges.some(([lo, hi]) => c >= lo && c <= hi) && open(f.path).hasGlyphForCodePoint(c),
      );
      if (!face) {
        // Not in the fonts (an emoji, say): MapLibre draws such a character itself.
        console.warn(`glyphs: U+${c.toString(16).toUpperCase()} is in no ${stack} font; skipped`);
        continue;
      }
      const font = open(face.path);
      const g = font.glyphForCodePoint(c);
      const glyph = sdfGlyph(c, g.path.commands as PathCommand[], g.advanceWidth, font.unitsPerEm);
      const range = Math.floor(c / 256);
      const list = byRange.get(range) ?? [];
      list.push(glyph);
      byRange.set(range, list);
    }
    mkdirSync(join(outDir, stack), { recursive: true });
    for (const [range, glyphs] of [...byRange].sort((a, b) => a[0] - b[0])) {
      const data = encodeGlyphs(stack, range, glyphs);
      writeFileSync(join(outDir, stack, `${range * 256}-${range * 256 + 255}.pbf`), data);
      files++;
      bytes += data.length;
    }
  }
  for (const pkg of ['noto-sans', 'noto-sans-kr'])
    writeFileSync(
      join(outDir, `LICENSE-${pkg}.txt`),
      readFileSync(require.resolve(`@fontsource/${pkg}/LICENSE`)),
    );
  console.log(`glyphs: ${chars.length} characters, ${files} files, ${bytes} bytes`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  writeGlyphs(labelCharacters(), outDir);

/**
 * The fonts the map's label glyphs are drawn from (Fontsource packages of Noto, SIL OFL 1.1),
 * which of them draws a character, and the scripts the map cannot lay out whatever the font.
 * Each package's CSS names its font files (one per subset) and the characters each covers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/**
 * In order of preference: Noto Sans (Latin with its diacritics, Vietnamese, Cyrillic, Greek),
 * Noto Sans KR (Hangul, and the Han characters and kana of Korean use), then Georgian, Armenian,
 * Thai and Noto Sans SC (simplified Chinese, and most Japanese kanji). Han characters come from
 * Noto Sans SC first, in Chinese forms, and Noto Sans KR after.
 */
export const FONT_PACKAGES = [
  '@fontsource/noto-sans',
  '@fontsource/noto-sans-kr',
  '@fontsource/noto-sans-georgian',
  '@fontsource/noto-sans-armenian',
  '@fontsource/noto-sans-thai',
  '@fontsource/noto-sans-sc',
] as const;

export interface Face {
  pkg: string;
  path: string;
  ranges: [number, number][];
}

const HAN: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];
const inRanges = (c: number, ranges: [number, number][]) =>
  ranges.some(([lo, hi]) => c >= lo && c <= hi);

/**
 * Scripts whose letters join, reorder or stack: MapLibre lays a label out left to right, one
 * glyph per character (it shapes right-to-left text only with its RTL plugin, which this map
 * does not load), so a label in these would be drawn wrong even with the font.
 */
export const UNDRAWABLE: { name: string; ranges: [number, number][] }[] = [
  {
    name: 'Hebrew',
    ranges: [
      [0x0590, 0x05ff],
      [0xfb1d, 0xfb4f],
    ],
  },
  {
    name: 'Arabic',
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x0870, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ],
  },
  { name: 'Syriac, Thaana or N’Ko', ranges: [[0x0700, 0x07ff]] },
  { name: 'an Indic script (Devanagari, Bengali, Tamil…)', ranges: [[0x0900, 0x0dff]] },
  { name: 'Tibetan', ranges: [[0x0f00, 0x0fff]] },
  { name: 'Myanmar', ranges: [[0x1000, 0x109f]] },
  { name: 'Khmer', ranges: [[0x1780, 0x17ff]] },
  { name: 'Mongolian', ranges: [[0x1800, 0x18af]] },
];

export const undrawableScript = (c: number): string | undefined =>
  UNDRAWABLE.find((s) => inRanges(c, s.ranges))?.name;

/** The @font-face blocks of a Fontsource CSS file: the woff2 file and its unicode-range. */
function readCss(pkg: string, weight: number): Face[] {
  const path = require.resolve(`${pkg}/${weight}.css`);
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => {
    const body = m[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    if (!file) throw new Error(`${path}: @font-face without a woff2 url`);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? 'U+0-10FFFF';
    return {
      pkg,
      path: join(dirname(path), 'files', file),
      ranges: range.split(',').map((r) => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        const lo = Number.parseInt(a ?? '', 16);
        return [lo, b === undefined ? lo : Number.parseInt(b, 16)] as [number, number];
      }),
    };
  });
}

const facesByWeight = new Map<number, Face[]>();
export function faces(weight: number): Face[] {
  let list = facesByWeight.get(weight);
  if (!list) {
    list = FONT_PACKAGES.flatMap((pkg) => readCss(pkg, weight));
    facesByWeight.set(weight, list);
  }
  return list;
}

/** The faces whose unicode-range holds `c`, in the order they are tried. */
export function candidates(c: number, weight: number): Face[] {
  const all = faces(weight).filter((f) => inRanges(c, f.ranges));
  if (!inRanges(c, HAN)) return all;
  const sc = all.filter((f) => f.pkg === '@fontsource/noto-sans-sc');
  return [...sc, ...all.filter((f) => !sc.includes(f))];
}

const fonts = new Map<string, fontkit.Font>();
export function openFont(path: string): fontkit.Font {
  let font = fonts.get(path);
  if (!font) {
    font = fontkit.create(readFileSync(path)) as fontkit.Font;
    fonts.set(path, font);
  }
  return font;
}

const keys = new Map<string, string>();
/** A font file's name and the start of its SHA-1: the cache's key, changed by any new version. */
export function fontKey(path: string): string {
  let key = keys.get(path);
  if (!key) {
    const hash = createHash('sha1').update(readFileSync(path)).digest('hex').slice(0, 12);
    key = `${basename(path, '.woff2')}-${hash}`;
    keys.set(path, key);
  }
  return key;
}

/** The licence file of each font package, to ship beside the glyphs. */
export const licensePath = (pkg: string) => require.resolve(`${pkg}/LICENSE`);

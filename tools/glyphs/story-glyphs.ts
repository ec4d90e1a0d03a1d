/**
 * A story's label glyphs: the characters of its text, names and basemap labels, drawn as signed
 * distance fields (sdf.ts) in MapLibre's glyph PBF format (glyph-pbf.ts), one file per font
 * stack and range of 256 code points, for every stack the map uses (GLYPH_STACKS). A character
 * that no bundled font has, or that is in a script the map cannot lay out, is an error naming
 * where it was found. See docs/basemap.md.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLYPH_STACKS } from '../../src/map/layers.ts';
import { type Cached, GlyphCache } from './glyph-cache.ts';
import { candidates, fontKey, licensePath, openFont, undrawableScript } from './glyph-fonts.ts';
import { encodeGlyphs } from './glyph-pbf.ts';
import { type PathCommand, type SdfGlyph, sdfGlyph } from './sdf.ts';

export interface TextSource {
  /** The file the text is from, as the message names it ("places.geojson"). */
  file: string;
  /** The feature's id, or its index. */
  feature?: string;
  /** The field ("names.uk"). */
  field?: string;
  text: string;
}

export type Origin = Omit<TextSource, 'text'>;

/** Printable ASCII, the Latin-1 signs, and the dashes, quotes and signs the page's labels use. */
export function basicCharacters(): number[] {
  const codes: number[] = [];
  for (let c = 0x20; c <= 0x7e; c++) codes.push(c);
  for (let c = 0xa0; c <= 0xbf; c++) codes.push(c);
  for (const ch of '×‐–—‘’“”•…′″−≈') codes.push(ch.codePointAt(0) ?? 0);
  return codes;
}

/**
 * Every character of the texts, and its capital (the map sets some labels in capitals), each
 * with where it was first seen. Line breaks and other control characters need no glyph.
 */
export function collectCharacters(sources: readonly TextSource[]): Map<number, Origin> {
  const found = new Map<number, Origin>();
  for (const { text, ...origin } of sources)
    for (const ch of text)
      for (const c of ch + ch.toUpperCase()) {
        const cp = c.codePointAt(0) ?? 0;
        if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !found.has(cp)) found.set(cp, origin);
      }
  return found;
}

const where = (o: Origin | undefined) =>
  o
    ? `${o.file}${o.feature !== undefined ? ` feature "${o.feature}"` : ''}${o.field ? ` (${o.field})` : ''}`
    : 'the basic set';
const show = (cp: number) =>
  `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}"`;

/** One or more characters the map cannot draw, each with where it was found. */
export class GlyphError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'GlyphError';
  }
}

export interface GlyphOptions {
  /** A folder for computed glyphs, kept across builds (none: computed anew in each process). */
  cacheDir?: string;
}

export interface GlyphReport {
  characters: number;
  files: number;
  bytes: number;
  /** Glyphs read from the cache, and computed. */
  cached: number;
  computed: number;
  /** The font packages the glyphs come from (their licences are written beside them). */
  packages: string[];
}

const caches = new Map<string, GlyphCache>();
const cacheFor = (dir = '') => {
  let c = caches.get(dir);
  if (!c) {
    c = new GlyphCache(dir || undefined);
    caches.set(dir, c);
  }
  return c;
};

/** The glyph of `cp` in the first face that has it, from the cache or computed. */
function glyphFor(cp: number, stack: string, weight: number, cache: GlyphCache) {
  for (const face of candidates(cp, weight)) {
    const key = fontKey(face.path);
    let value: Cached | undefined = cache.get(key, stack, cp);
    if (value === undefined) {
      const font = openFont(face.path);
      if (font.hasGlyphForCodePoint(cp)) {
        const g = font.glyphForCodePoint(cp);
        value = sdfGlyph(cp, g.path.commands as PathCommand[], g.advanceWidth, font.unitsPerEm);
      } else value = 'absent';
      cache.set(key, stack, cp, value);
    }
    if (value !== 'absent') return { glyph: value, pkg: face.pkg };
  }
  return undefined;
}

/**
 * Writes `outDir` anew: `<stack>/<first>-<last>.pbf` for the given characters and the basic
 * set, for every stack in GLYPH_STACKS, and the licence of each font package used. Throws a
 * GlyphError, before writing anything, for characters the map cannot draw.
 */
export function buildGlyphs(
  chars: ReadonlyMap<number, Origin> | Iterable<number>,
  outDir: string,
  options: GlyphOptions = {},
): GlyphReport {
  const origins = chars instanceof Map ? (chars as ReadonlyMap<number, Origin>) : new Map();
  const codes = [
    ...new Set([...basicCharacters(), ...(chars instanceof Map ? chars.keys() : chars)]),
  ].sort((a, b) => a - b);
  const cache = cacheFor(options.cacheDir);
  const [hits, misses] = [cache.hits, cache.misses];
  const problems: string[] = [];
  const used = new Set<string>();
  const byStack = new Map<string, Map<number, SdfGlyph[]>>();
  for (const [stack, weight] of Object.entries(GLYPH_STACKS)) {
    const byRange = new Map<number, SdfGlyph[]>();
    for (const cp of codes) {
      const script = undrawableScript(cp);
      const found = script ? undefined : glyphFor(cp, stack, weight, cache);
      if (!found) {
        const why = script
          ? `${show(cp)} is ${script}, which the map cannot lay out (left to right, one glyph per character)`
          : `no bundled font has ${show(cp)}`;
        const line = `${where(origins.get(cp))}: ${why}`;
        if (!problems.includes(line)) problems.push(line);
        continue;
      }
      used.add(found.pkg);
      const range = Math.floor(cp / 256);
      byRange.set(range, [...(byRange.get(range) ?? []), found.glyph]);
    }
    byStack.set(stack, byRange);
  }
  if (problems.length > 0) throw new GlyphError(problems);
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const [stack, byRange] of byStack) {
    mkdirSync(join(outDir, stack), { recursive: true });
    for (const [range, glyphs] of [...byRange].sort((a, b) => a[0] - b[0])) {
      const data = encodeGlyphs(stack, range, glyphs);
      writeFileSync(join(outDir, stack, `${range * 256}-${range * 256 + 255}.pbf`), data);
      files++;
      bytes += data.length;
    }
  }
  const packages = [...used].sort();
  for (const pkg of packages)
    copyFileSync(licensePath(pkg), join(outDir, `LICENSE-${pkg.replace('@fontsource/', '')}.txt`));
  return {
    characters: codes.length,
    files,
    bytes,
    cached: cache.hits - hits,
    computed: cache.misses - misses,
    packages,
  };
}

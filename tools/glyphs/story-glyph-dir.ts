import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from '../../src/data/load.ts';
import { CACHE_DIR } from '../site/story-dir.ts';
import { MAX_DATA_BYTES, readConfined } from '../story/confined-read.ts';
import { buildGlyphs, collectCharacters, type Origin, type TextSource } from './story-glyphs.ts';

/** Each string of a JSON value, with its field ("names.uk") and the id of what holds it. */
function strings(value: unknown, file: string, out: TextSource[], feature?: string, path = '') {
  if (typeof value === 'string') {
    out.push({ file, ...(feature !== undefined ? { feature } : {}), field: path, text: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      // An element with an id (a feature, a claim) names what follows by it.
      const own =
        v && typeof v === 'object'
          ? (v as { id?: unknown; properties?: { id?: unknown } })
          : undefined;
      const id = own?.properties?.id ?? own?.id;
      if (typeof id === 'string' || (own && path === 'features'))
        strings(v, file, out, typeof id === 'string' ? id : String(i), '');
      else strings(v, file, out, feature, `${path}[${i}]`);
    });
    return;
  }
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      // A feature's properties are its fields.
      const field = k === 'properties' && path === '' ? '' : path ? `${path}.${k}` : k;
      strings(v, file, out, feature, field);
    }
}

/** Every text a story's labels and page can show: its files' strings, its basemap's names. */
export function storyTexts(dir: string, loaded: LoadResult): TextSource[] {
  const out: TextSource[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /\.(geo)?json$/.test(f))
    .sort()) {
    // Through the confined reader: a link leading out of the folder, or a file too large, is
    // passed over here (the loader reports it).
    const read = readConfined(dir, file, MAX_DATA_BYTES);
    if (!read.ok) continue;
    const text = read.text;
    try {
      strings(JSON.parse(text), file, out);
    } catch {
      out.push({ file, text });
    }
  }
  const { labels, rivers, lakes } = loaded.data;
  for (const [file, features] of [
    ['basemap labels.geojson', labels],
    ['basemap rivers.geojson', rivers],
    ['basemap lakes.geojson', lakes],
  ] as const)
    features.forEach((f, i) => {
      out.push({ file, feature: String(i), field: 'name', text: f.properties.name });
    });
  return out;
}

/** Every character a story's labels and text can show, with where it was first seen. */
export const storyCharacters = (dir: string, loaded: LoadResult): Map<number, Origin> =>
  collectCharacters(storyTexts(dir, loaded));

/**
 * The folder of a story's label glyphs, made from its characters (one folder per set of
 * characters; each glyph cached on its own, so a second story in the same script is quick).
 * Throws a GlyphError naming file, feature and field for a character the map cannot draw.
 */
export async function storyGlyphs(dir: string, loaded: LoadResult): Promise<string> {
  const chars = storyCharacters(dir, loaded);
  const codes = [...chars.keys()].sort((a, b) => a - b);
  const key = createHash('sha256').update(codes.join(',')).digest('hex').slice(0, 16);
  const out = join(CACHE_DIR, 'glyphs', key);
  if (!existsSync(join(out, 'noto-sans-regular')))
    buildGlyphs(chars, out, { cacheDir: join(CACHE_DIR, 'glyph-cache') });
  return out;
}

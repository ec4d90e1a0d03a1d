import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from '../../src/data/load.ts';
import { writeGlyphs } from '../build-glyphs.ts';
import { CACHE_DIR } from '../story-dir.ts';

/** Every character a story's labels and text can show: its files and its basemap's labels. */
export function storyCharacters(dir: string, loaded: LoadResult): number[] {
  const codes = new Set<number>();
  const add = (lo: number, hi: number) => {
    for (let c = lo; c <= hi; c++) codes.add(c);
  };
  add(0x20, 0x7e);
  add(0xa0, 0xbf);
  for (const ch of '×‐–—‘’“”•…′″−≈✓✗') codes.add(ch.codePointAt(0) ?? 0);
  const text = [
    ...readdirSync(dir)
      .filter((f) => /\.(geo)?json$/.test(f))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8')),
    ...loaded.data.labels.map((l) => l.properties.name),
  ].join('\n');
  // With capitals too: some labels are set in upper case.
  for (const ch of text + text.toUpperCase()) {
    const c = ch.codePointAt(0) ?? 0;
    if (c > 0x7e) codes.add(c);
  }
  return [...codes].sort((a, b) => a - b);
}

/** The folder of a story's label glyphs, made from its characters (cached by that set). */
export async function storyGlyphs(dir: string, loaded: LoadResult): Promise<string> {
  const chars = storyCharacters(dir, loaded);
  const key = createHash('sha256').update(chars.join(',')).digest('hex').slice(0, 16);
  const out = join(CACHE_DIR, 'glyphs', key);
  if (!existsSync(join(out, 'noto-sans-regular'))) writeGlyphs(chars, out);
  return out;
}

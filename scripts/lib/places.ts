import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import type { CuratedPlace } from '../curated/places.ts';
import { parseCsv } from './csv.ts';

const COORD_COLUMNS: Record<CuratedPlace['row']['file'], { source: string; license: string }> = {
  'dprk_route_stations.csv': { source: 'osm_node_id', license: 'ODbL-1.0' },
  'route_keypoints.csv': { source: 'coord_source', license: 'per row' },
  'extra_points.csv': { source: 'source', license: 'per row' },
};

/** Looks up each curated place's row in its input CSV and builds a Point feature from it. */
export function buildPlaces(dataDir: string, places: CuratedPlace[]): Feature<Point>[] {
  const tables = new Map<string, Record<string, string>[]>();
  const table = (file: string) => {
    let t = tables.get(file);
    if (!t) {
      t = parseCsv(readFileSync(join(dataDir, file), 'utf8'));
      tables.set(file, t);
    }
    return t;
  };
  return places.map((p) => {
    const rows = table(p.row.file).filter((r) => r[p.row.key] === p.row.value);
    if (rows.length !== 1) {
      throw new Error(
        `${p.row.file}: expected one row with ${p.row.key}="${p.row.value}" for place "${p.id}", found ${rows.length}`,
      );
    }
    const row = rows[0] as Record<string, string>;
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`${p.row.file}: row ${p.row.key}="${p.row.value}" has no numeric lat/lon`);
    }
    const col = COORD_COLUMNS[p.row.file];
    const cited = row[col.source] ?? '';
    const coordSource =
      p.row.file === 'dprk_route_stations.csv'
        ? `OSM node ${cited} (${p.row.file}, row "${p.row.value}"), © OpenStreetMap contributors, ODbL`
        : `${cited} (${p.row.file}, row "${p.row.value}")`;
    return {
      type: 'Feature',
      properties: {
        id: p.id,
        name: p.name,
        names: p.names,
        kind: p.kind,
        country: p.country,
        coordSource,
        mentions: p.mentions,
      },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    };
  });
}

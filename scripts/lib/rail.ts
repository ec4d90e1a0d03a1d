import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance, length, lineSlice, nearestPointOnLine, simplify } from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';
import { CHAIN_SKIPS, LEGS, NODES, type NodeRow, type RouteLeg } from '../curated/route.ts';
import { buildLand, readPatch } from './basemap.ts';
import { fitChain, type LandArea, MAX_TURN_DEG } from './chain.ts';
import { parseCsv } from './csv.ts';
import { published } from './published.ts';

export type { PublishedStretch } from './published.ts';

import { roundGeometry } from './write-json.ts';

/**
 * Largest share by which simplification may change a traced leg's length: 0.1%, a third of the
 * 0.3% allowed, so that measured distances keep their margin against the published ones.
 */
export const MAX_LENGTH_CHANGE = 0.001;
const TOLERANCES = [0.002, 0.001, 0.0005, 0.0002, 0.0001, 0.00005, 0.00002];
const OSM = '© OpenStreetMap contributors (ODbL 1.0)';
const TROLLEWAY = 'trace over OSM by trolleway/russian-railways-simplegeodata (BRouter)';

interface Inputs {
  csv: (file: string) => Record<string, string>[];
  json: (file: string) => { features: Feature[] };
}

function inputs(dataDir: string): Inputs {
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, load: () => T): T => {
    if (!cache.has(key)) cache.set(key, load());
    return cache.get(key) as T;
  };
  const text = (file: string) => readFileSync(join(dataDir, file), 'utf8');
  return {
    csv: (file) => memo(file, () => parseCsv(text(file))),
    json: (file) => memo(file, () => JSON.parse(text(file))),
  };
}

function traceLine(io: Inputs, file: string): Feature<LineString> {
  return io.json(file).features[0] as Feature<LineString>;
}

/** A node's coordinate and where it comes from. */
function locate(io: Inputs, row: NodeRow): { at: Position; source: string } {
  if (row.file === 'rail_baranovsky_khasan_border.geojson') {
    const at = traceLine(io, row.file).geometry.coordinates[0] as Position;
    return { at, source: `first vertex of ${row.file} (${TROLLEWAY}), ${OSM}` };
  }
  if (row.file === 'stations_trolleway_region.geojson') {
    const f = io.json(row.file).features.find((x) => x.properties?.name_en === row.value);
    if (!f) throw new Error(`${row.file}: no station with name_en="${row.value}"`);
    return {
      at: (f.geometry as Point).coordinates,
      source: `trolleway stations.gpkg point "${row.value}" (${row.file}), ${OSM}`,
    };
  }
  const rows = io.csv(row.file).filter((r) => r[row.key] === row.value);
  const r = rows[0];
  if (rows.length !== 1 || !r)
    throw new Error(
      `${row.file}: expected one row with ${row.key}="${row.value}", found ${rows.length}`,
    );
  const source =
    row.file === 'dprk_route_stations.csv'
      ? `OSM node ${r.osm_node_id}, ${OSM}`
      : (r.coord_source ?? r.source ?? '');
  return {
    at: [Number(r.lon), Number(r.lat)],
    source: `${source} (${row.file}, row "${row.value}")`,
  };
}

/** Simplifies a traced leg as far as it can while its length changes by at most MAX_LENGTH_CHANGE. */
function simplifyLeg(line: LineString): LineString {
  const full = length({ type: 'Feature', properties: {}, geometry: line });
  for (const tolerance of TOLERANCES) {
    const s = simplify(line, { tolerance, highQuality: true });
    const km = length({ type: 'Feature', properties: {}, geometry: s });
    if (Math.abs(km - full) / full <= MAX_LENGTH_CHANGE) return s;
  }
  return line;
}

function legGeometry(
  io: Inputs,
  leg: RouteLeg,
  at: Map<string, Position>,
  simplified: boolean,
  land: LandArea[],
): { line: LineString; source: string; notes: string[] } {
  const g = leg.geometry;
  if (g.kind === 'dprk-chain') {
    const rows = io.csv('dprk_route_stations.csv');
    const i = rows.findIndex((r) => r.name_en === g.fromName);
    const j = rows.findIndex((r) => r.name_en === g.toName);
    if (i < 0 || j < i)
      throw new Error(`dprk_route_stations.csv: cannot find ${g.fromName} before ${g.toName}`);
    const mapped = rows.slice(i, j + 1).filter((r) => r.lat !== '' && r.lon !== '');
    const skips = CHAIN_SKIPS.filter((s) => mapped.some((r) => r.name_en === s.name));
    const chain = mapped.filter((r) => !skips.some((s) => s.name === r.name_en));
    const fit = fitChain(
      chain.map((r) => [Number(r.lon), Number(r.lat)]),
      land,
    );
    const nameAt = (p: Position) =>
      chain.find((r) => distance(p, [Number(r.lon), Number(r.lat)]) < 0.001)?.name_en ??
      `${p[1]?.toFixed(3)}°N ${p[0]?.toFixed(3)}°E`;
    const notes = [
      ...skips.map((s) => `${s.name} is left out: ${s.reason}`),
      fit.detours > 0
        ? `Where the straight line between two stations would cross water, the line goes round on land (${fit.detours} ${fit.detours === 1 ? 'place' : 'places'}).`
        : '',
      fit.cut.length > 0
        ? `Corners cut where the line would turn back more than ${MAX_TURN_DEG}°: ${fit.cut.map((c) => `${nameAt(c.at)} (${Math.round(c.turn)}°)`).join(', ')}.`
        : '',
    ].filter((n) => n !== '');
    return {
      line: { type: 'LineString', coordinates: fit.line },
      source: `chain of ${chain.length} OSM station nodes in dprk_route_stations.csv order (${g.fromName} to ${g.toName}), kept on land and to turns of at most ${MAX_TURN_DEG}° (scripts/lib/chain.ts), ${OSM}`,
      notes,
    };
  }
  if (g.kind === 'nodes') {
    return {
      line: { type: 'LineString', coordinates: g.via.map((id) => at.get(id) as Position) },
      source: `straight segments through ${g.via.join(', ')} (no mapped track)`,
      notes: [],
    };
  }
  const trace = traceLine(io, g.file);
  const a = at.get(leg.from) as Position;
  const b = at.get(leg.to) as Position;
  const along = (p: Position) => nearestPointOnLine(trace, p).properties.totalDistance;
  const slice = lineSlice(a, b, trace).geometry;
  if (along(a) > along(b)) slice.coordinates.reverse();
  return {
    line: simplified ? simplifyLeg(slice) : slice,
    source: `${g.file}, cut at the nearest points to ${leg.from} and ${leg.to} (${TROLLEWAY}), ${OSM}`,
    notes: [],
  };
}

/** The map's land polygons in the region, as geo/land.geojson has them. */
export function regionLand(dataDir: string): LandArea[] {
  const patch = readPatch(
    JSON.parse(readFileSync(join(dataDir, 'osm_countries_tumen.geojson'), 'utf8')),
  );
  return buildLand(patch).filter((f) => f.properties.detail === 'fine') as LandArea[];
}

/**
 * Builds the rail legs, the stations and the published stretches from ../shared/data.
 * `simplified: false` keeps every vertex of the traces (the tests measure the difference).
 * `land`: the map's land polygons, which the North Korean chains keep to (scripts/lib/chain.ts).
 */
export function buildRail(
  dataDir: string,
  { simplified = true, land }: { simplified?: boolean; land?: LandArea[] } = {},
) {
  const io = inputs(dataDir);
  const onLand = land ?? regionLand(dataDir);
  const at = new Map<string, Position>();
  const kmPosts = io.csv('route_keypoints.csv');
  const stations: Feature<Point>[] = NODES.map((n) => {
    const { at: p, source } = locate(io, n.row);
    at.set(n.id, p);
    const post = n.kmPostRow ? kmPosts.find((r) => r.id === n.kmPostRow) : undefined;
    const kmPost = post
      ? { km: Number.parseFloat(post.km_published ?? ''), source: post.km_published_source ?? '' }
      : null;
    return {
      type: 'Feature',
      properties: {
        id: n.id,
        name: n.name,
        names: n.names,
        kind: n.kind,
        country: n.country,
        place: n.place,
        kmPost,
        coordSource: source,
      },
      geometry: roundGeometry({ type: 'Point', coordinates: p }, 7),
    };
  });
  const stretches = published(io.csv('published_distances.csv'));
  const legs: Feature<LineString>[] = LEGS.map((leg) => {
    const { line, source, notes } = legGeometry(io, leg, at, simplified, onLand);
    const approximate = leg.geometry.kind !== 'trace';
    const own = stretches.find(
      (s) => (s.from === leg.from && s.to === leg.to) || (s.from === leg.to && s.to === leg.from),
    );
    return {
      type: 'Feature',
      properties: {
        id: `${leg.from}--${leg.to}`,
        from: leg.from,
        to: leg.to,
        line: leg.line,
        accuracy: approximate ? 'approximate' : 'surveyed',
        onRoute: leg.onRoute,
        published: own ? { km: own.km, source: own.source } : null,
        note: [leg.note ?? '', ...notes].filter((n) => n !== '').join(' '),
        source,
        license: 'ODbL-1.0',
      },
      geometry: roundGeometry(line, 6),
    };
  });
  return { legs, stations, stretches };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance, length, lineSlice, nearestPointOnLine, simplify } from '@turf/turf';
import type { Feature, LineString, Point, Position } from 'geojson';
import type { RouteFile, RouteLeg } from '../../src/data/route-schema.ts';
import { buildLand, readPatch } from '../basemap/basemap.ts';
import { roundGeometry } from '../geom/write-json.ts';
import { fitChain, type LandArea, MAX_TURN_DEG } from './chain.ts';
import { published } from './published.ts';
import {
  credit,
  csvRow,
  InputError,
  type Inputs,
  locate,
  sharedInputs,
  traceLine,
} from './shared-inputs.ts';

export type { PublishedStretch } from './published.ts';

/**
 * Largest share by which simplification may change a traced leg's length: 0.1%, a third of the
 * 0.3% allowed, so that measured distances keep their margin against the published ones.
 */
export const MAX_LENGTH_CHANGE = 0.001;
const TOLERANCES = [0.002, 0.001, 0.0005, 0.0002, 0.0001, 0.00005, 0.00002];

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

type Made = { line: LineString; source: string; notes: string[] };

/** A chain through the rows of a CSV, in its order, kept on land (tools/derive/chain.ts). */
function chainGeometry(io: Inputs, leg: RouteLeg, land: LandArea[]): Made {
  const g = leg.track;
  if (g.kind !== 'chain') throw new Error('not a chain');
  const c = credit(g.file);
  const rows = io.csv(g.file);
  const i = rows.findIndex((r) => r[g.key] === g.from);
  const j = rows.findIndex((r) => r[g.key] === g.to);
  if (i < 0 || j < i)
    throw new InputError(`${g.file}: cannot find ${g.key}="${g.from}" before "${g.to}"`);
  const between = rows.slice(i, j + 1);
  const skips = g.skip ?? [];
  for (const s of skips)
    if (!between.some((r) => r[g.key] === s.value))
      throw new InputError(`${g.file}: skip "${s.value}" is not between "${g.from}" and "${g.to}"`);
  const mapped = between.filter((r) => r.lat !== '' && r.lon !== '');
  const chain = mapped.filter((r) => !skips.some((s) => s.value === r[g.key]));
  const fit = fitChain(
    chain.map((r) => [Number(r.lon), Number(r.lat)]),
    land,
  );
  const nameAt = (p: Position) =>
    chain.find((r) => distance(p, [Number(r.lon), Number(r.lat)]) < 0.001)?.[g.key] ??
    `${p[1]?.toFixed(3)}°N ${p[0]?.toFixed(3)}°E`;
  const notes = [
    ...skips
      .filter((s) => mapped.some((r) => r[g.key] === s.value))
      .map((s) => `${s.value} is left out: ${s.reason}`),
    fit.detours > 0
      ? `Where the straight line between two stations would cross water, the line goes round on land (${fit.detours} ${fit.detours === 1 ? 'place' : 'places'}).`
      : '',
    fit.cut.length > 0
      ? `Corners cut where the line would turn back more than ${MAX_TURN_DEG}°: ${fit.cut.map((x) => `${nameAt(x.at)} (${Math.round(x.turn)}°)`).join(', ')}.`
      : '',
  ].filter((n) => n !== '');
  return {
    line: { type: 'LineString', coordinates: fit.line },
    source: `chain of ${chain.length} ${c.by} in ${g.file} order (${g.from} to ${g.to}), kept on land and to turns of at most ${MAX_TURN_DEG}° (tools/derive/chain.ts), ${c.license}`,
    notes,
  };
}

function legGeometry(
  io: Inputs,
  leg: RouteLeg,
  at: Map<string, Position>,
  simplified: boolean,
  land: LandArea[],
): Made {
  const g = leg.track;
  if (g.kind === 'chain') return chainGeometry(io, leg, land);
  if (g.kind === 'straight') {
    return {
      line: { type: 'LineString', coordinates: g.via.map((id) => at.get(id) as Position) },
      source: `straight segments through ${g.via.join(', ')} (no mapped track)`,
      notes: [],
    };
  }
  const c = credit(g.file);
  const trace = traceLine(io, g.file);
  const a = at.get(leg.from) as Position;
  const b = at.get(leg.to) as Position;
  const along = (p: Position) => nearestPointOnLine(trace, p).properties.totalDistance;
  const slice = lineSlice(a, b, trace).geometry;
  if (along(a) > along(b)) slice.coordinates.reverse();
  return {
    line: simplified ? simplifyLeg(slice) : slice,
    source: `${g.file}, cut at the nearest points to ${leg.from} and ${leg.to} (${c.by}), ${c.license}`,
    notes: [],
  };
}

/** The map's land polygons in the region, as the default story's basemap/land.geojson has them. */
export function regionLand(dataDir: string): LandArea[] {
  const patch = readPatch(
    JSON.parse(readFileSync(join(dataDir, 'osm_countries_tumen.geojson'), 'utf8')),
  );
  return buildLand(patch).filter((f) => f.properties.detail === 'fine') as LandArea[];
}

/** Which part of route.json a lookup failed for, put before the failure's own words. */
function where<T>(path: string, make: () => T): T {
  try {
    return make();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`route.json: ${path}: ${e.message}`);
    throw e;
  }
}

/**
 * Builds the rail legs, the stations and the published stretches a route.json describes, from
 * the shared data folder. `simplified: false` keeps every vertex of the traces (the tests measure
 * the difference). `land`: the map's land polygons, which the chains keep to (tools/derive/chain.ts).
 */
export function buildRail(
  dataDir: string,
  route: RouteFile,
  { simplified = true, land }: { simplified?: boolean; land?: LandArea[] } = {},
) {
  const io = sharedInputs(dataDir);
  const at = new Map<string, Position>();
  const stations: Feature<Point>[] = route.nodes.map((n, i) => {
    const { at: p, source } = where(`nodes[${i}] ("${n.id}").at`, () => locate(io, n.at));
    at.set(n.id, p);
    const row = n.kmPost;
    const post = row ? where(`nodes[${i}] ("${n.id}").kmPost`, () => csvRow(io, row)) : undefined;
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
  const recipe = route.published;
  const stretches = recipe ? where('published', () => published(io, recipe)) : [];
  const needsLand = route.legs.some((l) => l.track.kind === 'chain');
  const onLand = land ?? (needsLand ? regionLand(dataDir) : []);
  const legs: Feature<LineString>[] = route.legs.map((leg, i) => {
    const { line, source, notes } = where(`legs[${i}] ("${leg.from}--${leg.to}")`, () =>
      legGeometry(io, leg, at, simplified, onLand),
    );
    const approximate = leg.track.kind !== 'trace';
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

/** story:route on a story folder: read its stops and legs, route them, write rail.geojson. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import {
  placeFeature,
  type RailLeg,
  railLegFeature,
  stationFeature,
  type TravelMode,
} from '../../src/data/schema.ts';
import { storyManifest } from '../../src/data/story-schema.ts';
import { GeoDataError, parseCollection, toProblems } from '../../src/data/validate.ts';
import { NETWORK } from '../../src/journey/network-accuracy.ts';
import { haversineM } from '../../src/network/measure.ts';
import { type RoutedLeg, routeStops } from '../../src/network/route-stops.ts';
import { SnapIndex } from '../../src/network/snap.ts';
import { WorldNetwork } from '../../src/network/world-network.ts';
import { stringifyCollection } from '../geom/write-json.ts';
import { loadNetworkFile } from './files.ts';

/** The network and its snap index, loaded once per process, with the times they took. */
let loaded: { net: WorldNetwork; index: SnapIndex; loadMs: number; indexMs: number } | null = null;
export function worldNetwork(): NonNullable<typeof loaded> {
  if (!loaded) {
    const t0 = performance.now();
    const net = new WorldNetwork(loadNetworkFile());
    const t1 = performance.now();
    const index = new SnapIndex(net);
    loaded = { net, index, loadMs: t1 - t0, indexMs: performance.now() - t1 };
  }
  return loaded;
}

const ROUTED_SOURCE = `; legs between stops it does not otherwise join: ${NETWORK.credit}`;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

/** What story:route prints: the legs, each with its outcome and figure, and the times. */
export interface RouteReport {
  legs: RoutedLeg[];
  lines: string[];
}

/**
 * Routes a story folder's stops on the world rail network and writes its rail.geojson: the
 * story's own legs as they are, routed legs for the pairs they do not join (routed legs of an
 * earlier run are routed again, so a second run writes the same bytes).
 */
export function routeStory(dir: string, modes?: ReadonlyMap<string, TravelMode>): RouteReport {
  const manifest = storyManifest.safeParse(readJson(join(dir, 'story.json')));
  if (!manifest.success)
    throw new GeoDataError(toProblems('story.json', manifest.data, manifest.error));
  const places = parseCollection(
    'places.geojson',
    'places',
    readJson(join(dir, 'places.geojson')),
    placeFeature,
  );
  const railPath = join(dir, 'rail.geojson');
  const rail = existsSync(railPath)
    ? parseCollection('rail.geojson', 'rail', readJson(railPath), railLegFeature)
    : null;
  const stationsPath = join(dir, 'stations.geojson');
  const stations = existsSync(stationsPath)
    ? parseCollection('stations.geojson', 'stations', readJson(stationsPath), stationFeature)
    : null;
  const problems = [...places.problems, ...(rail?.problems ?? []), ...(stations?.problems ?? [])];
  if (problems.length > 0) throw new GeoDataError(problems);
  const byId = new Map(
    [...(stations?.collection.features ?? []), ...places.collection.features].map((f) => [
      f.properties.id,
      f,
    ]),
  );
  const stops = manifest.data.stops.map((id) => {
    const p = byId.get(id);
    if (!p)
      throw new Error(`story.json: stop "${id}" is in neither places.geojson nor stations.geojson`);
    return { id, name: p.properties.name, position: p.geometry.coordinates };
  });
  const { net, index, loadMs, indexMs } = worldNetwork();
  const legs = routeStops(net, index, stops, (rail?.collection.features ?? []) as RailLeg[], modes);
  const own = (rail?.collection.source ?? '').replace(ROUTED_SOURCE, '');
  const fc = {
    type: 'FeatureCollection',
    name: 'rail',
    source: `${own || 'no legs drawn'}${legs.some((l) => l.outcome === 'track') ? ROUTED_SOURCE : ''}`,
    license:
      [
        ...new Set(
          [
            ...(rail?.collection.license.split('; ') ?? []).filter((x) => x !== NETWORK.license),
            ...(legs.some((l) => l.outcome === 'track') ? [NETWORK.license] : []),
          ].filter((x) => x !== ''),
        ),
      ].join('; ') || 'none (computed)',
    features: legs.map((l) => l.leg),
  } as FeatureCollection & Record<string, unknown>;
  writeFileSync(railPath, stringifyCollection(fc));
  const lines = [
    `network: loaded in ${loadMs.toFixed(0)} ms, snap index in ${indexMs.toFixed(0)} ms (${net.nodeCount} nodes, ${net.edgeCount} edges)`,
  ];
  let total = 0;
  for (const l of legs) {
    const p = l.leg.properties;
    const km = legKm(l.leg);
    total += km;
    const what =
      l.outcome === 'track'
        ? `about ${km.toFixed(0)} km by rail (${p.line}), snapped ${p.routed?.snapKm.join(' / ')} km`
        : l.outcome === 'kept'
          ? `kept: ${p.line} (${km.toFixed(0)} km)`
          : `${p.line}: great circle ${km.toFixed(0)} km`;
    lines.push(
      `  ${p.from} → ${p.to}: ${what}${l.outcome === 'kept' ? '' : `, ${l.ms.toFixed(1)} ms`}`,
    );
  }
  lines.push(`${join(dir, 'rail.geojson')}: ${legs.length} legs, ${total.toFixed(0)} km in all`);
  return { legs, lines };
}

/** A leg's length along its line (the same haversine as turf). */
export function legKm(leg: RailLeg): number {
  const c = leg.geometry.coordinates;
  let m = 0;
  for (let i = 1; i < c.length; i++) {
    const [a, b] = [c[i - 1] ?? [], c[i] ?? []];
    m += haversineM(a[0] ?? 0, a[1] ?? 0, b[0] ?? 0, b[1] ?? 0);
  }
  return m / 1000;
}

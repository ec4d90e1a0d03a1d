/**
 * The draft's stops routed on the world rail network (geo/network), as `story:draft` routes
 * them (tools/network/draft-route.ts, through src/network/route-stops.ts): rail.geojson's legs,
 * and REVIEW.md's list of them. The network is fetched once, beside the studio's page.
 */
import type { Position } from 'geojson';
import { NETWORK } from '../journey/network-accuracy';
import { decodeNetwork } from '../network/codec';
import { routeStops } from '../network/route-stops';
import { SnapIndex } from '../network/snap';
import { WorldNetwork } from '../network/world-network';
import { measureLine } from './route-length';

export interface Network {
  net: WorldNetwork;
  index: SnapIndex;
}

/** The network from its file's bytes (geo/network/rail-world.bin). */
export function readNetwork(bytes: Uint8Array): Network {
  const net = new WorldNetwork(decodeNetwork(bytes));
  return { net, index: new SnapIndex(net) };
}

type Place = { properties: { id: string; name: string }; geometry: { coordinates: Position } };

/** The folder with its stops routed: rail.geojson written, REVIEW.md told what was done. */
export function routeFiles(files: Record<string, string>, n: Network): Record<string, string> {
  const stops = (JSON.parse(files['story.json'] ?? '{}') as { stops: string[] }).stops ?? [];
  const places = (JSON.parse(files['places.geojson'] ?? '{}') as { features: Place[] }).features;
  const byId = new Map(places.map((p) => [p.properties.id, p]));
  const list = stops.flatMap((id) => {
    const p = byId.get(id);
    return p ? [{ id, name: p.properties.name, position: p.geometry.coordinates }] : [];
  });
  const legs = routeStops(n.net, n.index, list, []);
  const track = legs.some((l) => l.outcome === 'track');
  const rail = {
    type: 'FeatureCollection',
    name: 'rail',
    source: `no legs drawn${track ? `; legs between stops it does not otherwise join: ${NETWORK.credit}` : ''}`,
    license: track ? NETWORK.license : 'none (computed)',
    features: legs.map((l) => l.leg),
  };
  const name = (id: string) => byId.get(id)?.properties.name ?? id;
  const lines = legs.map((l) => {
    const p = l.leg.properties;
    const what =
      l.outcome === 'track'
        ? `about ${measureLine(l.leg.geometry.coordinates).toFixed(0)} km on Natural Earth track (snapped ${p.routed?.snapKm.join(' / ')} km; usually 1–5% short)`
        : `${p.line}: the great circle`;
    return `- ${name(p.from)} → ${name(p.to)}: ${what}.`;
  });
  const review = `${files['REVIEW.md'] ?? ''}\n## Route on the world rail network (${lines.length})\n\nRouted through the stops in their order, as \`npm run story:route\` routes them (docs/network.md). Where a finer trace exists, put it in rail.geojson: a leg you draw is kept as it is.\n\n${lines.join('\n')}\n`;
  return { ...files, 'rail.geojson': `${JSON.stringify(rail, null, 2)}\n`, 'REVIEW.md': review };
}

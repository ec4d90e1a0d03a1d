/** A story's stops routed pair by pair on the world rail network, its own legs kept. */
import type { Position } from 'geojson';
import type { RailLeg, TravelMode } from '../data/schema';
import { NETWORK } from '../journey/network-accuracy';
import { greatCircle, joined } from '../journey/route-legs';
import { shortestPath } from './shortest';
import type { Snap, SnapIndex } from './snap';
import { NOT_RAIL } from './travel-modes';
import type { LonLat } from './types';
import type { WorldNetwork } from './world-network';

export interface Stop {
  id: string;
  name: string;
  position: Position;
}

/** What story:route did with one pair of stops. */
export interface RoutedLeg {
  leg: RailLeg;
  /** 'track': on the network; 'kept': a leg the story has; 'none': no track, the great circle. */
  outcome: 'track' | 'kept' | 'none';
  ms: number;
}

const round = (p: LonLat): Position => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
const dedupe = (c: Position[]): Position[] =>
  c.filter((p, i) => i === 0 || p[0] !== c[i - 1]?.[0] || p[1] !== c[i - 1]?.[1]);
/** A line of two points at least: two stops that snap to one point are joined straight. */
const line2 = (c: Position[], a: Stop, b: Stop): Position[] =>
  c.length >= 2 ? c : [a.position, b.position];
const km1 = (x: number) => Math.round(x * 10) / 10;

/** Whether a leg is one story:route wrote (and so may write again). */
export const isRouted = (l: RailLeg): boolean => l.properties.routed !== undefined;

function leg(
  a: Stop,
  b: Stop,
  line: string,
  note: string,
  coords: Position[],
  extra: Partial<RailLeg['properties']>,
): RailLeg {
  const { source, license, ...rest } = extra;
  const none = extra.track === false;
  return {
    type: 'Feature',
    properties: {
      id: `${a.id}--${b.id}`,
      from: a.id,
      to: b.id,
      line,
      accuracy: 'approximate',
      ...rest,
      onRoute: true,
      published: null,
      note,
      source:
        source ??
        (none
          ? 'the great circle between the two stops (no track on the world rail network)'
          : NETWORK.credit),
      license: license ?? (none ? 'none (computed)' : NETWORK.license),
    },
    geometry: { type: 'LineString', coordinates: coords },
  };
}

/**
 * The network each pair of stops is routed on: the one with track within reach of both that
 * needs the least snapping, or null with the reason.
 */
function pick(a: Snap[], b: Snap[]): [Snap, Snap] | null {
  let best: [Snap, Snap] | null = null;
  for (const sa of a)
    for (const sb of b)
      if (sa.component === sb.component) {
        const cost = sa.offKm + sb.offKm;
        if (!best || cost < best[0].offKm + best[1].offKm) best = [sa, sb];
      }
  return best;
}

/**
 * The route through the story's stops, in its order, on the world rail network: each pair of
 * consecutive stops that the story's own legs do not join is routed along the track between
 * them (so the route passes every place the story names and no shortcut skips one); a stop with
 * no track within NETWORK.snapKm, or two stops on networks that do not meet, leave the great
 * circle, saying why. The story's own legs (drawn, or from a finer source) are kept as they are.
 */
export function routeStops(
  net: WorldNetwork,
  index: SnapIndex,
  stops: readonly Stop[],
  legs: readonly RailLeg[],
  modes: ReadonlyMap<string, TravelMode> = new Map(),
): RoutedLeg[] {
  const own = legs.filter((l) => !isRouted(l));
  // How each pair was travelled: as given, else as an earlier run (or the author) left it.
  const modeOf = (a: string, b: string) =>
    modes.get(`${a}--${b}`) ??
    legs.find((l) => isRouted(l) && l.properties.from === a && l.properties.to === b)?.properties
      .mode ??
    'rail';
  const out: RoutedLeg[] = own.map((l) => ({ leg: l, outcome: 'kept', ms: 0 }));
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1] as Stop, stops[i] as Stop];
    // The story's own legs join them (through any number of nodes): drawn, or from a finer source.
    if (a.id === b.id || joined(own, a.id, b.id)) continue;
    // A pair the route runs twice (there and back) has one leg.
    if (out.some((l) => [`${a.id}--${b.id}`, `${b.id}--${a.id}`].includes(l.leg.properties.id)))
      continue;
    const t0 = performance.now();
    const mode = modeOf(a.id, b.id);
    if (mode !== 'rail') {
      const words = NOT_RAIL[mode];
      out.push({
        leg: leg(a, b, words.line, words.note, greatCircle(a.position, b.position), {
          track: false,
          mode,
          routed: { network: NETWORK.id, snapKm: [null, null] },
          source: `the great circle between the two stops (${mode === 'air' ? 'a flight' : `by ${mode}`})`,
        }),
        outcome: 'none',
        ms: performance.now() - t0,
      });
      continue;
    }
    const na = index.near([a.position[0] ?? 0, a.position[1] ?? 0], NETWORK.snapKm);
    const nb = index.near([b.position[0] ?? 0, b.position[1] ?? 0], NETWORK.snapKm);
    const pair = pick(na, nb);
    const path = pair ? shortestPath(net, pair[0], pair[1]) : null;
    const routed = (snapKm: [number | null, number | null]) => ({ network: NETWORK.id, snapKm });
    if (!pair || !path) {
      const far = na.length === 0 ? a : nb.length === 0 ? b : null;
      const line = far ? `no track near ${far.name}` : `no track joins ${a.name} and ${b.name}`;
      const note = far
        ? `The world rail network has no track within ${NETWORK.snapKm} km of ${far.name}: the great circle stands in.`
        : `${a.name} and ${b.name} lie on separate networks of the world rail network: the great circle stands in.`;
      const snaps: [number | null, number | null] = [
        na[0] ? km1(na[0].offKm) : null,
        nb[0] ? km1(nb[0].offKm) : null,
      ];
      out.push({
        leg: leg(a, b, line, note, greatCircle(a.position, b.position), {
          track: false,
          routed: routed(snaps),
        }),
        outcome: 'none',
        ms: performance.now() - t0,
      });
      continue;
    }
    const [sa, sb] = pair;
    const note = `Routed on Natural Earth's 1:10m railroads: ${a.name} is ${km1(sa.offKm)} km from the track, ${b.name} ${km1(sb.offKm)} km${path.ferry ? '; the route takes a railroad ferry' : ''}. Figures on this track are usually 1–5% short of the railway's.`;
    out.push({
      leg: leg(a, b, NETWORK.name, note, line2(dedupe(path.coords.map(round)), a, b), {
        mode: 'rail',
        routed: routed([km1(sa.offKm), km1(sb.offKm)]),
      }),
      outcome: 'track',
      ms: performance.now() - t0,
    });
  }
  return out;
}

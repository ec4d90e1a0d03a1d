import { length } from '@turf/length';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { Feature, LineString } from 'geojson';
import type { RailLeg, Stretch } from '../data/schema';
import { tilePublished, unpublishedLegs } from './published';
import type { Endpoint, RailDistance, RailPart } from './rail-types';

export type { Accuracy, Endpoint, PublishedPiece, RailDistance, RailPart } from './rail-types';

interface Edge {
  leg: number;
  to: string;
}
interface Snap {
  leg: number;
  along: number;
  offKm: number;
  node?: string;
}

/**
 * The rail legs as one small network (the route and the Vladivostok leg), measured along the
 * track with turf. Pure: no DOM, no map.
 */
export class RailNetwork {
  readonly legs: RailLeg[];
  readonly lengths: number[];
  readonly stretches: Stretch[];
  private readonly adjacency = new Map<string, Edge[]>();

  constructor(legs: RailLeg[], stretches: Stretch[] = []) {
    this.legs = legs;
    this.stretches = stretches;
    this.lengths = legs.map((l) => length(l as Feature<LineString>));
    legs.forEach((l, i) => {
      this.edges(l.properties.from).push({ leg: i, to: l.properties.to });
      this.edges(l.properties.to).push({ leg: i, to: l.properties.from });
    });
  }

  private edges(node: string): Edge[] {
    let e = this.adjacency.get(node);
    if (!e) {
      e = [];
      this.adjacency.set(node, e);
    }
    return e;
  }

  hasNode(id: string): boolean {
    return this.adjacency.has(id);
  }

  /** Where a point or node lies on the network. */
  snap(p: Endpoint): Snap {
    if (typeof p === 'string') {
      const e = this.adjacency.get(p)?.[0];
      if (!e) throw new Error(`rail network: no node "${p}"`);
      const leg = this.legs[e.leg] as RailLeg;
      return {
        leg: e.leg,
        along: leg.properties.from === p ? 0 : (this.lengths[e.leg] ?? 0),
        offKm: 0,
        node: p,
      };
    }
    let best: Snap = { leg: -1, along: 0, offKm: Number.POSITIVE_INFINITY };
    this.legs.forEach((l, i) => {
      const n = nearestPointOnLine(l as Feature<LineString>, p).properties;
      if (n.pointDistance < best.offKm)
        best = { leg: i, along: n.lineDistance, offKm: n.pointDistance };
    });
    if (best.leg < 0) throw new Error('rail network: no legs');
    return best;
  }

  /** Shortest distance along the track between two endpoints. */
  distance(a: Endpoint, b: Endpoint): RailDistance {
    const sa = this.snap(a);
    const sb = this.snap(b);
    const path = this.path(sa, sb);
    const km = path.parts.reduce((s, p) => s + p.km, 0);
    const approximateKm = path.parts
      .filter((p) => p.accuracy === 'approximate')
      .reduce((s, p) => s + p.km, 0);
    const noTrackKm = path.parts.filter((p) => p.accuracy === 'none').reduce((s, p) => s + p.km, 0);
    const wholeNodes = sa.node !== undefined && sb.node !== undefined;
    const tiling = wholeNodes ? tilePublished(this.stretches, path.nodes, path.parts) : null;
    return {
      km,
      accuracy:
        noTrackKm > 0 && noTrackKm >= km ? 'none' : approximateKm > 0 ? 'approximate' : 'surveyed',
      surveyedKm: km - approximateKm - noTrackKm,
      approximateKm,
      noTrackKm,
      parts: path.parts,
      nodes: path.nodes,
      published: tiling,
      unpublished: unpublishedLegs(this.stretches, path.nodes, path.parts),
      snapKm: [sa.offKm, sb.offKm],
    };
  }

  private part(leg: number, fromKm: number, toKm: number): RailPart {
    const l = this.legs[leg] as RailLeg;
    return {
      leg: l.properties.id,
      fromKm,
      toKm,
      km: Math.abs(toKm - fromKm),
      accuracy: l.properties.track === false ? 'none' : l.properties.accuracy,
      network: l.properties.track !== false && l.properties.routed !== undefined,
    };
  }

  /** Dijkstra from the ends of a's leg to the ends of b's leg (the network has a handful of nodes). */
  private path(a: Snap, b: Snap): { parts: RailPart[]; nodes: string[] } {
    // The network is a tree: two points on one leg are joined by that leg alone.
    if (a.leg === b.leg) {
      const nodes = [a.node, b.node].filter((n): n is string => n !== undefined && n !== '');
      const parts = a.along === b.along ? [] : [this.part(a.leg, a.along, b.along)];
      return { parts, nodes: a.node !== undefined && a.node === b.node ? [a.node] : nodes };
    }
    const len = (i: number) => this.lengths[i] ?? 0;
    const start = (s: Snap): [string, number][] => {
      const l = (this.legs[s.leg] as RailLeg).properties;
      return s.node
        ? [[s.node, 0]]
        : [
            [l.from, s.along],
            [l.to, len(s.leg) - s.along],
          ];
    };
    const dist = new Map<string, number>();
    const prev = new Map<string, { node: string; leg: number } | null>();
    for (const [n, d] of start(a)) {
      dist.set(n, d);
      prev.set(n, null);
    }
    const done = new Set<string>();
    for (;;) {
      let u: string | undefined;
      for (const [n, d] of dist)
        if (!done.has(n) && (u === undefined || d < (dist.get(u) ?? 0))) u = n;
      if (u === undefined) break;
      done.add(u);
      for (const e of this.adjacency.get(u) ?? []) {
        const d = (dist.get(u) ?? 0) + len(e.leg);
        if (d < (dist.get(e.to) ?? Number.POSITIVE_INFINITY)) {
          dist.set(e.to, d);
          prev.set(e.to, { node: u, leg: e.leg });
        }
      }
    }
    let bestEnd: [string, number] | null = null;
    for (const [n, extra] of start(b)) {
      const d = (dist.get(n) ?? Number.POSITIVE_INFINITY) + extra;
      if (!bestEnd || d < (dist.get(bestEnd[0]) ?? 0) + bestEnd[1]) bestEnd = [n, extra];
    }
    if (!bestEnd || !dist.has(bestEnd[0]))
      throw new Error('rail network: the two points are not connected');
    const nodes: string[] = [];
    const legsOnPath: { leg: number; from: string; to: string }[] = [];
    for (let n: string | undefined = bestEnd[0]; n !== undefined; ) {
      nodes.unshift(n);
      const p = prev.get(n);
      if (p) legsOnPath.unshift({ leg: p.leg, from: p.node, to: n });
      n = p?.node;
    }
    const parts: RailPart[] = [];
    const first = nodes[0] as string;
    if (!a.node) {
      const l = (this.legs[a.leg] as RailLeg).properties;
      parts.push(this.part(a.leg, a.along, first === l.from ? 0 : len(a.leg)));
    }
    for (const s of legsOnPath) {
      const forward = (this.legs[s.leg] as RailLeg).properties.from === s.from;
      parts.push(this.part(s.leg, forward ? 0 : len(s.leg), forward ? len(s.leg) : 0));
    }
    if (!b.node) {
      const l = (this.legs[b.leg] as RailLeg).properties;
      parts.push(this.part(b.leg, bestEnd[0] === l.from ? 0 : len(b.leg), b.along));
    }
    return { parts: parts.filter((p) => p.km > 0), nodes };
  }
}

/** The shortest path along the track between two snapped points (A*). */
import { MinHeap } from './heap';
import { haversineM } from './measure';
import type { Snap } from './snap';
import { EDGE_FERRY, type LonLat } from './types';
import type { WorldNetwork } from './world-network';

/** A route on the track between two snapped points. */
export interface TrackPath {
  km: number;
  /** The track in travel order, from the first snapped point to the second. */
  coords: LonLat[];
  edges: number[];
  /** Whether the route uses a railroad-ferry link. */
  ferry: boolean;
}

/** Part of edge e's points between two distances along it (metres from its `from` node). */
function slice(net: WorldNetwork, e: number, fromM: number, toM: number): LonLat[] {
  const pts = net.edgePoints(e);
  const reverse = toM < fromM;
  const [lo, hi] = reverse ? [toM, fromM] : [fromM, toM];
  const out: LonLat[] = [];
  let at = 0;
  let reached = false;
  const lerp = (a: LonLat, b: LonLat, t: number): LonLat => [
    a[0] + (b[0] - a[0]) * t,
    a[1] + (b[1] - a[1]) * t,
  ];
  for (let k = 1; k < pts.length; k++) {
    const [a, b] = [pts[k - 1] as LonLat, pts[k] as LonLat];
    const m = haversineM(a[0], a[1], b[0], b[1]);
    const next = at + m;
    if (out.length === 0 && next >= lo) out.push(m === 0 ? a : lerp(a, b, (lo - at) / m));
    if (out.length > 0 && next < hi) out.push(b);
    if (next >= hi) {
      out.push(m === 0 ? b : lerp(a, b, (hi - at) / m));
      reached = true;
      break;
    }
    at = next;
  }
  if (out.length === 0) out.push(pts.at(-1) as LonLat);
  if (!reached) out.push(pts.at(-1) as LonLat);
  return reverse ? out.reverse() : out;
}

/**
 * The shortest path along the track from a to b (A*, the straight line to b as the estimate:
 * track is never shorter). Null when they lie on networks that do not meet. Deterministic: ties
 * go to the lower node number.
 */
export function shortestPath(net: WorldNetwork, a: Snap, b: Snap): TrackPath | null {
  const g = net.g;
  const lenA = g.edgeM[a.edge] as number;
  const lenB = g.edgeM[b.edge] as number;
  let bestM = Number.POSITIVE_INFINITY;
  let bestEnd = -1;
  if (a.edge === b.edge) bestM = Math.abs(a.alongM - b.alongM);
  const [bFrom, bTo] = [g.edgeFrom[b.edge] as number, g.edgeTo[b.edge] as number];
  const exit = new Map<number, number>([
    [bFrom, b.alongM],
    [bTo, Math.max(0, lenB - b.alongM)],
  ]);
  if (bFrom === bTo) exit.set(bFrom, Math.min(b.alongM, Math.max(0, lenB - b.alongM)));
  const dist = new Float64Array(net.nodeCount).fill(Number.POSITIVE_INFINITY);
  const prev = new Int32Array(net.nodeCount).fill(-1);
  const done = new Uint8Array(net.nodeCount);
  const heap = new MinHeap();
  const h = (n: number) => {
    const [lon, lat] = net.node(n);
    return haversineM(lon, lat, b.point[0], b.point[1]) * 0.999;
  };
  const open = (n: number, d: number, via: number) => {
    if (d < (dist[n] as number)) {
      dist[n] = d;
      prev[n] = via;
      heap.push(d + h(n), n);
    }
  };
  open(g.edgeFrom[a.edge] as number, a.alongM, -1);
  open(g.edgeTo[a.edge] as number, Math.max(0, lenA - a.alongM), -1);
  while (heap.size > 0) {
    const [f, n] = heap.pop();
    if (f >= bestM) break;
    if (done[n]) continue;
    done[n] = 1;
    const d = dist[n] as number;
    const out = exit.get(n);
    if (out !== undefined && d + out < bestM) {
      bestM = d + out;
      bestEnd = n;
    }
    for (let i = net.adjStart[n] as number; i < (net.adjStart[n + 1] as number); i++) {
      const e = net.adjEdge[i] as number;
      const m =
        (g.edgeFrom[e] as number) === n ? (g.edgeTo[e] as number) : (g.edgeFrom[e] as number);
      open(m, d + (g.edgeM[e] as number), e);
    }
  }
  if (!Number.isFinite(bestM)) return null;
  if (bestEnd < 0) {
    const coords = slice(net, a.edge, a.alongM, b.alongM);
    return {
      km: bestM / 1000,
      coords,
      edges: [a.edge],
      ferry: ((g.edgeFlags[a.edge] as number) & EDGE_FERRY) > 0,
    };
  }
  // Back from the node where the path leaves for b's edge.
  const chain: { edge: number; from: number }[] = [];
  let n = bestEnd;
  while (prev[n] !== -1) {
    const e = prev[n] as number;
    const from =
      (g.edgeFrom[e] as number) === n ? (g.edgeTo[e] as number) : (g.edgeFrom[e] as number);
    chain.unshift({ edge: e, from });
    n = from;
  }
  const first = n;
  const coords: LonLat[] = [];
  const add = (pts: LonLat[]) => {
    for (const p of pts) {
      const last = coords.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) coords.push(p);
    }
  };
  add(slice(net, a.edge, a.alongM, first === (g.edgeFrom[a.edge] as number) ? 0 : lenA));
  for (const c of chain) {
    const pts = net.edgePoints(c.edge);
    add((g.edgeFrom[c.edge] as number) === c.from ? pts : pts.reverse());
  }
  add(slice(net, b.edge, bestEnd === bFrom ? 0 : lenB, b.alongM));
  const edges = [a.edge, ...chain.map((c) => c.edge), b.edge];
  const ferry = edges.some((e) => ((g.edgeFlags[e] as number) & EDGE_FERRY) > 0);
  return { km: bestM / 1000, coords, edges, ferry };
}

import { decodeNetwork } from './codec';
import type { LonLat, NetworkGraph } from './types';

/** Adds one to a[i]; returns the value before. */
export function bump(a: Uint32Array, i: number): number {
  const v = a[i] ?? 0;
  a[i] = v + 1;
  return v;
}

/** The network ready to route: the graph and, per node, the edges that meet there (CSR). */
export class WorldNetwork {
  readonly g: NetworkGraph;
  /** Edges at node n: adjEdge[adjStart[n] .. adjStart[n + 1]). */
  readonly adjStart: Uint32Array;
  readonly adjEdge: Uint32Array;

  constructor(g: NetworkGraph) {
    this.g = g;
    const n = g.nodeLon.length;
    const start = new Uint32Array(n + 1);
    const edges = g.edgeFrom.length;
    for (let e = 0; e < edges; e++) {
      bump(start, (g.edgeFrom[e] as number) + 1);
      bump(start, (g.edgeTo[e] as number) + 1);
    }
    for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const fill = start.slice(0, n);
    const adj = new Uint32Array(2 * edges);
    for (let e = 0; e < edges; e++) {
      adj[bump(fill, g.edgeFrom[e] as number)] = e;
      adj[bump(fill, g.edgeTo[e] as number)] = e;
    }
    this.adjStart = start;
    this.adjEdge = adj;
  }

  static fromBytes(bytes: Uint8Array): WorldNetwork {
    return new WorldNetwork(decodeNetwork(bytes));
  }

  get nodeCount(): number {
    return this.g.nodeLon.length;
  }

  get edgeCount(): number {
    return this.g.edgeFrom.length;
  }

  node(n: number): LonLat {
    return [
      (this.g.nodeLon[n] as number) / this.g.scale,
      (this.g.nodeLat[n] as number) / this.g.scale,
    ];
  }

  /** Edge e's points in degrees, from its `from` node to its `to` node. */
  edgePoints(e: number): LonLat[] {
    const g = this.g;
    const s = g.scale;
    const out: LonLat[] = [this.node(g.edgeFrom[e] as number)];
    for (let k = g.geomStart[e] as number; k < (g.geomStart[e + 1] as number); k++)
      out.push([(g.vLon[k] as number) / s, (g.vLat[k] as number) / s]);
    out.push(this.node(g.edgeTo[e] as number));
    return out;
  }

  /** The component an edge belongs to. */
  edgeComponent(e: number): number {
    return this.g.component[this.g.edgeFrom[e] as number] as number;
  }
}

import type { NetworkGraph } from './types';
import { ByteReader, ByteWriter } from './varint';

const MAGIC = 'KTRN';
const VERSION = 1;

/**
 * The network as bytes: a header, then the nodes as coordinate deltas with their component, then
 * the edges in order of their `from` node, each with its length and its bends as deltas. Zigzag
 * varints throughout, so a bend a kilometre from the last costs about two bytes a coordinate.
 */
export function encodeNetwork(g: NetworkGraph): Uint8Array {
  const w = new ByteWriter();
  w.bytes(new TextEncoder().encode(MAGIC));
  const nodes = g.nodeLon.length;
  const edges = g.edgeFrom.length;
  for (const v of [VERSION, g.scale, nodes, edges, g.vLon.length]) w.uint(v);
  let [lon, lat] = [0, 0];
  for (let i = 0; i < nodes; i++) {
    w.int((g.nodeLon[i] as number) - lon);
    w.int((g.nodeLat[i] as number) - lat);
    w.uint(g.component[i] as number);
    [lon, lat] = [g.nodeLon[i] as number, g.nodeLat[i] as number];
  }
  let from = 0;
  for (let e = 0; e < edges; e++) {
    const f = g.edgeFrom[e] as number;
    if (f < from) throw new Error('network: edges must be sorted by their from node');
    w.uint(f - from);
    from = f;
    w.int((g.edgeTo[e] as number) - f);
    w.uint(g.edgeM[e] as number);
    w.uint(g.edgeFlags[e] as number);
    const [s, t] = [g.geomStart[e] as number, g.geomStart[e + 1] as number];
    w.uint(t - s);
    let [x, y] = [g.nodeLon[f] as number, g.nodeLat[f] as number];
    for (let k = s; k < t; k++) {
      w.int((g.vLon[k] as number) - x);
      w.int((g.vLat[k] as number) - y);
      [x, y] = [g.vLon[k] as number, g.vLat[k] as number];
    }
  }
  return w.done();
}

/** The bytes back into a network; a file that is not one says so in one line. */
export function decodeNetwork(bytes: Uint8Array): NetworkGraph {
  const r = new ByteReader(bytes);
  const magic = new TextDecoder().decode(r.bytes(4));
  if (magic !== MAGIC)
    throw new Error(`network file: expected "${MAGIC}" at the start, got "${magic}"`);
  const version = r.uint();
  if (version !== VERSION)
    throw new Error(`network file: version ${version}, this code reads version ${VERSION}`);
  const scale = r.uint();
  const nodes = r.uint();
  const edges = r.uint();
  const bends = r.uint();
  const g: NetworkGraph = {
    scale,
    nodeLon: new Int32Array(nodes),
    nodeLat: new Int32Array(nodes),
    component: new Uint32Array(nodes),
    edgeFrom: new Uint32Array(edges),
    edgeTo: new Uint32Array(edges),
    edgeM: new Uint32Array(edges),
    edgeFlags: new Uint8Array(edges),
    geomStart: new Uint32Array(edges + 1),
    vLon: new Int32Array(bends),
    vLat: new Int32Array(bends),
  };
  let [lon, lat] = [0, 0];
  for (let i = 0; i < nodes; i++) {
    lon += r.int();
    lat += r.int();
    g.nodeLon[i] = lon;
    g.nodeLat[i] = lat;
    g.component[i] = r.uint();
  }
  let [from, k] = [0, 0];
  for (let e = 0; e < edges; e++) {
    from += r.uint();
    g.edgeFrom[e] = from;
    g.edgeTo[e] = from + r.int();
    g.edgeM[e] = r.uint();
    g.edgeFlags[e] = r.uint();
    const n = r.uint();
    g.geomStart[e] = k;
    let [x, y] = [g.nodeLon[from] as number, g.nodeLat[from] as number];
    for (let j = 0; j < n; j++, k++) {
      x += r.int();
      y += r.int();
      g.vLon[k] = x;
      g.vLat[k] = y;
    }
  }
  g.geomStart[edges] = k;
  if (k !== bends) throw new Error(`network file: expected ${bends} bends, read ${k}`);
  return g;
}

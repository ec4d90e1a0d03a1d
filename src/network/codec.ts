/** The network file: encode and decode (zigzag varints). */
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
  const head = new ByteReader(bytes);
  const magic = new TextDecoder().decode(head.bytes(4));
  if (magic !== MAGIC)
    throw new Error(`network file: expected "${MAGIC}" at the start, got "${magic}"`);
  const version = head.uint();
  if (version !== VERSION)
    throw new Error(`network file: version ${version}, this code reads version ${VERSION}`);
  const [scale, nodes, edges, bends] = [head.uint(), head.uint(), head.uint(), head.uint()];
  // The body in one tight loop (about 1.2 million numbers): a varint reader on local variables.
  let pos = head.pos;
  const end = bytes.length;
  const uint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (pos >= end) throw new Error('network file: ends in the middle of a number');
      const b = bytes[pos++] as number;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  };
  const int = (): number => {
    const u = uint();
    return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
  };
  const nodeLon = new Int32Array(nodes);
  const nodeLat = new Int32Array(nodes);
  const component = new Uint32Array(nodes);
  let [lon, lat] = [0, 0];
  for (let i = 0; i < nodes; i++) {
    lon += int();
    lat += int();
    nodeLon[i] = lon;
    nodeLat[i] = lat;
    component[i] = uint();
  }
  const edgeFrom = new Uint32Array(edges);
  const edgeTo = new Uint32Array(edges);
  const edgeM = new Uint32Array(edges);
  const edgeFlags = new Uint8Array(edges);
  const geomStart = new Uint32Array(edges + 1);
  const vLon = new Int32Array(bends);
  const vLat = new Int32Array(bends);
  let from = 0;
  let k = 0;
  for (let e = 0; e < edges; e++) {
    from += uint();
    edgeFrom[e] = from;
    edgeTo[e] = from + int();
    edgeM[e] = uint();
    edgeFlags[e] = uint();
    const n = uint();
    if (k + n > bends) throw new Error(`network file: more than the ${bends} bends it announces`);
    geomStart[e] = k;
    let x = nodeLon[from] as number;
    let y = nodeLat[from] as number;
    for (let j = 0; j < n; j++, k++) {
      x += int();
      y += int();
      vLon[k] = x;
      vLat[k] = y;
    }
  }
  geomStart[edges] = k;
  if (k !== bends) throw new Error(`network file: expected ${bends} bends, read ${k}`);
  return {
    scale,
    nodeLon,
    nodeLat,
    component,
    edgeFrom,
    edgeTo,
    edgeM,
    edgeFlags,
    geomStart,
    vLon,
    vLat,
  };
}

/**
 * The world rail network in memory: nodes (line ends and junctions), edges (the track between
 * two nodes, with its bends), every coordinate a whole number of 1/scale degrees.
 */
export interface NetworkGraph {
  /** Units per degree of the integer coordinates (1e5: about 1 m). */
  scale: number;
  nodeLon: Int32Array;
  nodeLat: Int32Array;
  /** The connected network each node belongs to (0 = the largest). */
  component: Uint32Array;
  edgeFrom: Uint32Array;
  edgeTo: Uint32Array;
  /** Length along the track, metres. */
  edgeM: Uint32Array;
  /** EDGE_FERRY, EDGE_JOIN. */
  edgeFlags: Uint8Array;
  /** Edge e's bends are vLon/vLat[geomStart[e] .. geomStart[e + 1]), from its `from` end. */
  geomStart: Uint32Array;
  vLon: Int32Array;
  vLat: Int32Array;
}

/** A railroad-ferry link in the source. */
export const EDGE_FERRY = 1;
/** A short link the build added to join two loose ends (under 150 m apart). */
export const EDGE_JOIN = 2;

export type LonLat = [number, number];

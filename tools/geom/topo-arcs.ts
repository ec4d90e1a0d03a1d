/**
 * The arcs of a TopoJSON topology, decoded once, and a copy of the topology simplified for one
 * box. Simplifying arcs rather than features keeps shared edges shared: two countries' outlines
 * and the border between them are the same simplified line, so land and borders always agree.
 */
import type { BBox, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface DecodedArcs {
  /** Absolute positions, in degrees. */
  arcs: Position[][];
  /** Each arc's [west, south, east, north]. */
  boxes: BBox[];
}

/** Absolute coordinates of every arc (quantized topologies are delta-encoded). */
export function decodeArcs(topology: Topology): DecodedArcs {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0] ?? 0, p[1] ?? 0]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0] ?? 0;
      y += p[1] ?? 0;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  const boxes = arcs.map((arc) => {
    const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of arc) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
    return b;
  });
  return { arcs, boxes };
}

/**
 * Douglas–Peucker on one line, distances in degrees with longitude scaled by `kx` (the cosine
 * of the box's middle latitude, so that the tolerance is the same in km both ways). The ends
 * are kept; the result is a new array of the same positions (shared, not copied).
 */
export function simplifyLine(line: Position[], tolerance: number, kx: number): Position[] {
  const n = line.length;
  if (n <= 2 || tolerance <= 0) return line.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax = 0, ay = 0] = line[a] ?? [];
    const [bx = 0, by = 0] = line[b] ?? [];
    const dx = (bx - ax) * kx;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const [px = 0, py = 0] = line[i] ?? [];
      const qx = (px - ax) * kx;
      const qy = py - ay;
      let d2: number;
      if (len2 === 0) d2 = qx * qx + qy * qy;
      else {
        const s = Math.max(0, Math.min(1, (qx * dx + qy * dy) / len2));
        const ex = qx - s * dx;
        const ey = qy - s * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > far) {
        far = d2;
        worst = i;
      }
    }
    if (worst > 0 && far > t2) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/**
 * The topology with absolute coordinates, its arcs simplified for one box: arcs that meet `box`
 * by `tolerance` degrees, every other arc by a tolerance of up to 2/5 of its distance from the
 * box. Douglas–Peucker keeps a simplified line within its tolerance of the original, so an arc
 * outside the box stays outside it and winds round it as before: clipping the features to the
 * box afterwards gives the same result as with the full arcs, for a fraction of the work.
 */
export function simplifiedTopology(
  topology: Topology,
  decoded: DecodedArcs,
  box: BBox,
  tolerance: number,
): Topology {
  const kx = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const arcs = decoded.arcs.map((arc, i) => {
    const b = decoded.boxes[i] as BBox;
    const gap = Math.max(
      Math.max(b[0] - box[2], box[0] - b[2], 0) * kx,
      Math.max(b[1] - box[3], box[1] - b[3], 0),
    );
    return simplifyLine(arc, Math.max(tolerance, (gap * 2) / 5), kx);
  });
  return { type: 'Topology', objects: topology.objects, arcs };
}

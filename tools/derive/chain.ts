/**
 * The North Korean legs are chains of straight segments between OSM station nodes (no open track
 * geometry exists). Two rules keep such a chain plausible as a railway, and a test checks both on
 * geo/rail.geojson:
 *
 * - It stays on land: points every LAND_STEP_KM along each segment (straight in longitude and
 *   latitude, as the map draws it) lie inside a land polygon of geo/land.geojson, with no
 *   tolerance. Where the straight line between two consecutive nodes crosses water (a bay, a
 *   lagoon, a lake), the chain takes the shortest way round on land instead: found on a grid of
 *   GRID_KM cells, then pulled taut (each vertex joined to the farthest later one it can reach on
 *   land).
 * - It never turns back: at no vertex does it turn by more than MAX_TURN_DEG (the angle between
 *   the bearing it arrives on and the bearing it leaves on). A track cannot turn sharply at a
 *   point, so where the chain would (Rakwon, Sonbong: stations whose neighbours the sources
 *   confirm, on a tight curve of the line), the corner is cut: the vertex is replaced by two
 *   points CUT_KM before and after it on its two segments, which halves the turn at each.
 *
 * Stations that the sources do not place on the line in that order are left out beforehand
 * (the chain's `skip` in the story's route.json).
 */
import { bbox, bboxClip, bearing, booleanPointInPolygon, distance } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { Queue } from '../geom/heap.ts';

export const MAX_TURN_DEG = 90;
export const LAND_STEP_KM = 0.05;
const GRID_KM = 0.05;
const CUT_KM = 0.5;
const MIN_CUT_KM = 0.05;
const DIGITS = 1e6;

export type LandArea = Feature<Polygon | MultiPolygon>;

/** How far a chain turns at b, coming from a and going on to c, in degrees (0: straight on). */
export function turnAt(a: Position, b: Position, c: Position): number {
  const arrive = bearing(a, b, { final: true });
  const leave = bearing(b, c);
  return Math.abs(((((leave - arrive) % 360) + 540) % 360) - 180);
}

/** Points along a→b at most `stepKm` apart, both ends included, straight in lon/lat. */
export function samplesAlong(a: Position, b: Position, stepKm: number): Position[] {
  const n = Math.max(1, Math.ceil(distance(a, b) / stepKm));
  return Array.from({ length: n + 1 }, (_, k) => lerp(a, b, k / n));
}

function lerp(a: Position, b: Position, t: number): Position {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

const round = (p: Position): Position => p.map((v) => Math.round(v * DIGITS) / DIGITS) as Position;

function inBox(p: Position, box: BBox): boolean {
  const [x, y] = p as [number, number];
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/** Point-in-land tests against a set of polygons, each tried only where its box holds the point. */
class Land {
  private readonly areas: { f: LandArea; box: BBox }[];
  constructor(land: LandArea[]) {
    this.areas = land.map((f) => ({ f, box: bbox(f) as BBox }));
  }
  has(p: Position): boolean {
    return this.areas.some(({ f, box }) => inBox(p, box) && booleanPointInPolygon(p, f));
  }
  segment(a: Position, b: Position): boolean {
    return samplesAlong(a, b, LAND_STEP_KM).every((p) => this.has(p));
  }
  /** The same land, cut to a box (quicker to test many points in it). */
  within(box: BBox): Land {
    const cut = this.areas
      .filter(({ box: b }) => b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1])
      .map(({ f }) => bboxClip(f, box) as LandArea)
      .filter((f) => f.geometry.coordinates.length > 0);
    return new Land(cut);
  }
}

/**
 * The shortest way from a to b on land, on a grid of GRID_KM cells over the box of a and b widened
 * by `marginKm`, pulled taut; null when the grid has no way through.
 */
function wayRound(a: Position, b: Position, land: Land, marginKm: number): Position[] | null {
  const lat = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const dy = GRID_KM / 111.195;
  const dx = dy / Math.cos(lat);
  const my = marginKm / 111.195;
  const mx = my / Math.cos(lat);
  const x0 = Math.min(a[0] as number, b[0] as number) - mx;
  const y0 = Math.min(a[1] as number, b[1] as number) - my;
  const nx = Math.ceil((Math.abs((a[0] as number) - (b[0] as number)) + 2 * mx) / dx) + 1;
  const ny = Math.ceil((Math.abs((a[1] as number) - (b[1] as number)) + 2 * my) / dy) + 1;
  const local = land.within([x0 - dx, y0 - dy, x0 + nx * dx, y0 + ny * dy]);
  const centre = (c: number): Position => [x0 + (c % nx) * dx, y0 + Math.floor(c / nx) * dy];
  const cellOf = (p: Position) =>
    Math.round(((p[1] as number) - y0) / dy) * nx + Math.round(((p[0] as number) - x0) / dx);
  const cells = nx * ny;
  const open = new Uint8Array(cells);
  for (let c = 0; c < cells; c++) open[c] = local.has(centre(c)) ? 1 : 0;
  // Nodes: the cells whose centre is on land, then a (index `cells`) and b (`cells + 1`).
  const A = cells;
  const B = cells + 1;
  const at = (n: number): Position => (n === A ? a : n === B ? b : centre(n));
  const near = (p: Position) => {
    const c = cellOf(p);
    const out: number[] = [];
    for (let oy = -1; oy <= 1; oy++)
      for (let ox = -1; ox <= 1; ox++) {
        const x = (c % nx) + ox;
        const y = Math.floor(c / nx) + oy;
        if (x < 0 || y < 0 || x >= nx || y >= ny) continue;
        const d = y * nx + x;
        if (open[d] && local.segment(p, centre(d))) out.push(d);
      }
    return out;
  };
  const fromA = near(a);
  const toB = new Set(near(b));
  // A move between neighbouring cells stays on land when the point halfway does (the hops are
  // no longer than LAND_STEP_KM·√2, so the land test samples no other point of them).
  const neighbours = (n: number): number[] => {
    if (n === A) return fromA;
    const out: number[] = toB.has(n) ? [B] : [];
    const cx = n % nx;
    const cy = Math.floor(n / nx);
    for (let oy = -1; oy <= 1; oy++)
      for (let ox = -1; ox <= 1; ox++) {
        const x = cx + ox;
        const y = cy + oy;
        if ((ox === 0 && oy === 0) || x < 0 || y < 0 || x >= nx || y >= ny) continue;
        const d = y * nx + x;
        if (open[d] && local.has(lerp(centre(n), centre(d), 0.5))) out.push(d);
      }
    return out;
  };
  const km = (m: number, n: number) => distance(at(m), at(n));
  const cost = new Float64Array(cells + 2).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(cells + 2).fill(-1);
  const done = new Uint8Array(cells + 2);
  const queue = new Queue();
  cost[A] = 0;
  queue.push(km(A, B), A);
  while (queue.size > 0) {
    const n = queue.pop();
    if (n === B) break;
    if (done[n]) continue;
    done[n] = 1;
    for (const d of neighbours(n)) {
      const next = (cost[n] as number) + km(n, d);
      if (next < (cost[d] as number)) {
        cost[d] = next;
        from[d] = n;
        queue.push(next + km(d, B), d);
      }
    }
  }
  if (from[B] === -1) return null;
  const nodes: number[] = [];
  for (let n = B; n !== A; n = from[n] as number) nodes.push(n);
  const path = [a, ...nodes.reverse().map((n) => (n === B ? b : round(at(n))))];
  // Pull taut: from each kept vertex, on as far along the path as the straight line stays on land.
  const taut = [a];
  for (let i = 0; i < path.length - 1; ) {
    let j = i + 1;
    while (j + 1 < path.length && local.segment(path[i] as Position, path[j + 1] as Position)) j++;
    taut.push(path[j] as Position);
    i = j;
  }
  // Then drop every vertex that the line can do without and stay on land.
  for (let k = 1; k + 1 < taut.length; ) {
    if (local.segment(taut[k - 1] as Position, taut[k + 1] as Position)) taut.splice(k, 1);
    else k++;
  }
  return taut.every((p, k) => k === 0 || land.segment(taut[k - 1] as Position, p)) ? taut : null;
}

/** Replaces b (between a and c) by two points `cutKm` before and after it. */
function cutCorner(a: Position, b: Position, c: Position, cutKm: number): [Position, Position] {
  const before = Math.min(cutKm, 0.4 * distance(a, b)) / distance(a, b);
  const after = Math.min(cutKm, 0.4 * distance(b, c)) / distance(b, c);
  return [round(lerp(b, a, before)), round(lerp(b, c, after))];
}

export interface ChainFit {
  line: Position[];
  /** How many straight segments were replaced by a way round on land. */
  detours: number;
  /** The vertices whose corner was cut, with the turn there. */
  cut: { at: Position; turn: number }[];
}

/** Applies the two rules to a chain of nodes; the first and last node stay where they are. */
export function fitChain(stations: Position[], land: LandArea[]): ChainFit {
  const onLand = new Land(land);
  const nodes = stations.map(round);
  const line: Position[] = [nodes[0] as Position];
  let detours = 0;
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1] as Position;
    const b = nodes[i] as Position;
    if (onLand.segment(a, b)) {
      line.push(b);
      continue;
    }
    let way: Position[] | null = null;
    for (let margin = 1; !way && margin <= 8; margin *= 2) way = wayRound(a, b, onLand, margin);
    if (!way) throw new Error(`no way on land from ${a.join(',')} to ${b.join(',')}`);
    detours++;
    line.push(...way.slice(1));
  }
  const cut: { at: Position; turn: number }[] = [];
  for (let i = 1, steps = 0; i + 1 < line.length; steps++) {
    if (steps > 10 * nodes.length) throw new Error('cutting corners does not settle');
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const c = line[i + 1] as Position;
    const turn = turnAt(a, b, c);
    if (turn <= MAX_TURN_DEG) {
      i++;
      continue;
    }
    let points: [Position, Position] | null = null;
    for (let km = CUT_KM; !points && km >= MIN_CUT_KM; km /= 2) {
      const p = cutCorner(a, b, c, km);
      if (onLand.segment(a, p[0]) && onLand.segment(p[0], p[1]) && onLand.segment(p[1], c))
        points = p;
    }
    if (!points) throw new Error(`cannot cut the ${Math.round(turn)}° corner at ${b.join(',')}`);
    cut.push({ at: b, turn });
    line.splice(i, 1, ...points);
    // The turn at the vertex before may have changed; look at it again.
    i = Math.max(1, i - 1);
  }
  for (let i = 1; i + 1 < line.length; i++) {
    const t = turnAt(line[i - 1] as Position, line[i] as Position, line[i + 1] as Position);
    if (t > MAX_TURN_DEG) throw new Error(`chain still turns ${t}° at ${line[i]?.join(',')}`);
  }
  return { line, detours, cut };
}

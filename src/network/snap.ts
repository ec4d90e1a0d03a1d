/** The nearest track to a point: a grid index of the track's segments. */
import { haversineM } from './measure';
import type { LonLat } from './types';
import { bump, type WorldNetwork } from './world-network';

/** A point on the track: edge, metres along it from its `from` node, and how far it was moved. */
export interface Snap {
  edge: number;
  alongM: number;
  offKm: number;
  point: LonLat;
  component: number;
}

const CELL = 0.25;
const COLS = 360 / CELL;
const ROWS = 180 / CELL;
const RAD = Math.PI / 180;

const col = (lon: number) => Math.min(COLS - 1, Math.max(0, Math.floor((lon + 180) / CELL)));
const row = (lat: number) => Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL)));

/**
 * A grid of the track's segments (0.25° cells), to find the nearest track to a point. Each
 * segment is listed in every cell its bounding box touches. Built once, in a few tens of ms.
 */
export class SnapIndex {
  private readonly start: Uint32Array;
  /** Segment ids: edge e's segment j is segBase[e] + j. */
  private readonly items: Uint32Array;
  private readonly segBase: Uint32Array;
  private readonly segEdge: Uint32Array;

  constructor(private readonly net: WorldNetwork) {
    const g = net.g;
    const edges = net.edgeCount;
    this.segBase = new Uint32Array(edges + 1);
    for (let e = 0; e < edges; e++)
      this.segBase[e + 1] =
        (this.segBase[e] as number) +
        (g.geomStart[e + 1] as number) -
        (g.geomStart[e] as number) +
        1;
    const segs = this.segBase[edges] as number;
    this.segEdge = new Uint32Array(segs);
    const counts = new Uint32Array(COLS * ROWS + 1);
    const boxes = new Uint16Array(4 * segs);
    const sc = g.scale;
    for (let e = 0; e < edges; e++) {
      const [s0, s1] = [g.geomStart[e] as number, g.geomStart[e + 1] as number];
      let x = g.nodeLon[g.edgeFrom[e] as number] as number;
      let y = g.nodeLat[g.edgeFrom[e] as number] as number;
      for (let k = s0; k <= s1; k++) {
        const last = k === s1;
        const nx = last ? (g.nodeLon[g.edgeTo[e] as number] as number) : (g.vLon[k] as number);
        const ny = last ? (g.nodeLat[g.edgeTo[e] as number] as number) : (g.vLat[k] as number);
        const seg = (this.segBase[e] as number) + k - s0;
        this.segEdge[seg] = e;
        const b = 4 * seg;
        boxes[b] = col(Math.min(x, nx) / sc);
        boxes[b + 1] = col(Math.max(x, nx) / sc);
        boxes[b + 2] = row(Math.min(y, ny) / sc);
        boxes[b + 3] = row(Math.max(y, ny) / sc);
        for (let r = boxes[b + 2] as number; r <= (boxes[b + 3] as number); r++)
          for (let c = boxes[b] as number; c <= (boxes[b + 1] as number); c++)
            bump(counts, r * COLS + c + 1);
        [x, y] = [nx, ny];
      }
    }
    for (let i = 0; i < COLS * ROWS; i++)
      counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
    this.start = counts;
    const fill = counts.slice(0, COLS * ROWS);
    this.items = new Uint32Array(counts[COLS * ROWS] as number);
    for (let seg = 0; seg < segs; seg++) {
      const b = 4 * seg;
      for (let r = boxes[b + 2] as number; r <= (boxes[b + 3] as number); r++)
        for (let c = boxes[b] as number; c <= (boxes[b + 1] as number); c++)
          this.items[bump(fill, r * COLS + c)] = seg;
    }
  }

  /** The nearest point of each component's track within maxKm of p, nearest first. */
  near(p: LonLat, maxKm: number): Snap[] {
    const [lon, lat] = p;
    const dy = maxKm / 111;
    const dx = maxKm / (111 * Math.max(0.05, Math.cos(lat * RAD)));
    const best = new Map<number, { seg: number; t: number; m: number }>();
    const kx = Math.cos(lat * RAD);
    for (let y = row(lat - dy); y <= row(lat + dy); y++)
      for (let x = col(lon - dx); x <= col(lon + dx); x++)
        for (
          let i = this.start[y * COLS + x] as number;
          i < (this.start[y * COLS + x + 1] as number);
          i++
        ) {
          const s = this.items[i] as number;
          const e = this.segEdge[s] as number;
          const [a, b] = this.segment(s);
          const [ax, ay, bx, by] = [(a[0] - lon) * kx, a[1] - lat, (b[0] - lon) * kx, b[1] - lat];
          const [vx, vy] = [bx - ax, by - ay];
          const len2 = vx * vx + vy * vy;
          const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * vx + ay * vy) / len2));
          const q: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const m = haversineM(lon, lat, q[0], q[1]);
          if (m > maxKm * 1000) continue;
          const c = this.net.edgeComponent(e);
          const cur = best.get(c);
          if (!cur || m < cur.m || (m === cur.m && s < cur.seg)) best.set(c, { seg: s, t, m });
        }
    return [...best.entries()]
      .map(([component, b]) => this.snapAt(b.seg, b.t, b.m / 1000, component))
      .sort((a, b) => a.offKm - b.offKm || a.component - b.component);
  }

  private segment(s: number): [LonLat, LonLat] {
    const e = this.segEdge[s] as number;
    const j = s - (this.segBase[e] as number);
    const g = this.net.g;
    const at = (k: number): LonLat => {
      const n = (g.geomStart[e + 1] as number) - (g.geomStart[e] as number);
      if (k === 0) return this.net.node(g.edgeFrom[e] as number);
      if (k === n + 1) return this.net.node(g.edgeTo[e] as number);
      const v = (g.geomStart[e] as number) + k - 1;
      return [(g.vLon[v] as number) / g.scale, (g.vLat[v] as number) / g.scale];
    };
    return [at(j), at(j + 1)];
  }

  private snapAt(seg: number, t: number, offKm: number, component: number): Snap {
    const e = this.segEdge[seg] as number;
    const j = seg - (this.segBase[e] as number);
    const pts = this.net.edgePoints(e);
    let along = 0;
    for (let k = 1; k <= j; k++) {
      const [a, b] = [pts[k - 1] as LonLat, pts[k] as LonLat];
      along += haversineM(a[0], a[1], b[0], b[1]);
    }
    const [a, b] = [pts[j] as LonLat, pts[j + 1] as LonLat];
    const point: LonLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    along += haversineM(a[0], a[1], point[0], point[1]);
    return { edge: e, alongM: along, offKm, point, component };
  }
}

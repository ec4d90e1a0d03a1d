/** Basemap rings that cross or touch themselves, found by a sweep over their edges. */
import type { Position } from 'geojson';

type Seg = { i: number; ax: number; ay: number; bx: number; by: number; lo: number; hi: number };

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
};
const onSegment = (s: Seg, x: number, y: number) =>
  Math.min(s.ax, s.bx) <= x &&
  x <= Math.max(s.ax, s.bx) &&
  Math.min(s.ay, s.by) <= y &&
  y <= Math.max(s.ay, s.by);

/** Whether two segments meet (touching counts). */
function meet(p: Seg, q: Seg): boolean {
  const o1 = orient(p.ax, p.ay, p.bx, p.by, q.ax, q.ay);
  const o2 = orient(p.ax, p.ay, p.bx, p.by, q.bx, q.by);
  const o3 = orient(q.ax, q.ay, q.bx, q.by, p.ax, p.ay);
  const o4 = orient(q.ax, q.ay, q.bx, q.by, p.bx, p.by);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(p, q.ax, q.ay)) ||
    (o2 === 0 && onSegment(p, q.bx, q.by)) ||
    (o3 === 0 && onSegment(q, p.ax, p.ay)) ||
    (o4 === 0 && onSegment(q, p.bx, p.by))
  );
}

/**
 * Where a closed ring crosses or touches itself: the position where the first such pair of
 * edges starts, or null for a simple ring. Edges are swept in order of their west end, so a
 * ring of n edges costs about n log n plus the pairs that overlap in longitude.
 */
export function ringCrossing(ring: Position[]): Position | null {
  const n = ring.length - 1; // the last position repeats the first
  if (n < 3) return null;
  const segs: Seg[] = [];
  for (let i = 0; i < n; i++) {
    const [ax, ay] = ring[i] as [number, number];
    const [bx, by] = ring[i + 1] as [number, number];
    if (ax === bx && ay === by) continue; // a repeated position is no edge
    segs.push({ i, ax, ay, bx, by, lo: Math.min(ax, bx), hi: Math.max(ax, bx) });
  }
  const m = segs.length;
  const adjacent = (a: Seg, b: Seg) => {
    const d = Math.abs(a.i - b.i);
    return d === 1 || d === n - 1;
  };
  const sorted = [...segs].sort((a, b) => a.lo - b.lo);
  for (let k = 0; k < m; k++) {
    const p = sorted[k] as Seg;
    for (let j = k + 1; j < m; j++) {
      const q = sorted[j] as Seg;
      if (q.lo > p.hi) break;
      if (adjacent(p, q)) continue;
      if (meet(p, q)) return ring[Math.min(p.i, q.i)] as Position;
    }
  }
  return null;
}

type Area = { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } };

/**
 * One note per basemap file whose rings cross or touch themselves (simplified coastlines do, and
 * rings cut at the 180° meridian run along it). A note, not a problem: the map only fills these
 * areas (MapLibre tessellates any ring) and no figure is computed from them.
 */
export function ringNotes(
  files: { file: string; features: Area[]; name: (i: number) => string }[],
): { file: string; field: string; message: string }[] {
  return files.flatMap(({ file, features, name }) => {
    let count = 0;
    let first = '';
    features.forEach((f, i) => {
      const g = f.geometry;
      const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Position[][][];
      for (const rings of polys)
        for (const ring of rings) {
          const at = ringCrossing(ring);
          if (!at) continue;
          count++;
          first ||= `feature ${i} ("${name(i)}") near [${at.map((v) => v.toFixed(2)).join(', ')}]`;
        }
    });
    return count === 0
      ? []
      : [
          {
            file,
            field: '',
            message: `${count} ring${count === 1 ? '' : 's'} cross or touch themselves (first: ${first}): drawn as filled areas, no figure is computed from them`,
          },
        ];
  });
}

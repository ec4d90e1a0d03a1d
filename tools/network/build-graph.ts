/** The source's lines into a routable graph: nodes, edges with their bends, components. */
import { haversineM } from '../../src/network/measure';
import { EDGE_FERRY, EDGE_JOIN, type NetworkGraph } from '../../src/network/types';

/** A source line: integer coordinates (1/scale degrees) and whether it is a railroad ferry. */
export interface SourceLine {
  coords: [number, number][];
  ferry: boolean;
}

export interface BuildReport {
  lines: number;
  joins: number;
  components: number;
  km: number;
}

const key = (x: number, y: number) => (x + 18_100_000) * 20_000_000 + (y + 9_100_000);

/**
 * Lines into a routable graph: a node wherever a line ends or two lines share a vertex, and a
 * short link wherever a loose end lies within `joinM` of another line's vertex; every line split
 * at its nodes into edges that keep their bends; components numbered by size (0 the largest).
 */
export function buildGraph(
  source: SourceLine[],
  scale: number,
  joinM = 150,
): { graph: NetworkGraph; report: BuildReport } {
  const lines = source
    .map((l) => ({
      ferry: l.ferry,
      coords: l.coords.filter(
        (c, i, a) => i === 0 || c[0] !== a[i - 1]?.[0] || c[1] !== a[i - 1]?.[1],
      ),
    }))
    .filter((l) => l.coords.length >= 2);
  const count = new Map<number, number>();
  for (const l of lines)
    for (const [x, y] of new Map(l.coords.map((c) => [key(c[0], c[1]), c])).values())
      count.set(key(x, y), (count.get(key(x, y)) ?? 0) + 1);
  const isNode = new Set<number>();
  for (const l of lines) {
    for (const c of [l.coords[0], l.coords.at(-1)]) if (c) isNode.add(key(c[0], c[1]));
    for (const c of l.coords)
      if ((count.get(key(c[0], c[1])) ?? 0) > 1) isNode.add(key(c[0], c[1]));
  }
  // Loose ends: an end no other line touches, joined to the nearest vertex of another line.
  const cell = 0.01 * scale;
  const grid = new Map<string, [number, number, number][]>();
  lines.forEach((l, i) => {
    for (const [x, y] of l.coords) {
      const k = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
      const list = grid.get(k);
      if (list) list.push([i, x, y]);
      else grid.set(k, [[i, x, y]]);
    }
  });
  const joins: [number, number][][] = [];
  const joined = new Set<string>();
  lines.forEach((l, i) => {
    for (const end of [l.coords[0], l.coords.at(-1)] as [number, number][]) {
      if ((count.get(key(end[0], end[1])) ?? 0) > 1) continue;
      const [cx, cy] = [Math.floor(end[0] / cell), Math.floor(end[1] / cell)];
      let best: [number, number] | null = null;
      let bestM = joinM;
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const [j, x, y] of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j === i) continue;
            const m = haversineM(end[0] / scale, end[1] / scale, x / scale, y / scale);
            if (
              m < bestM ||
              (m === bestM && best && (x < best[0] || (x === best[0] && y < best[1])))
            ) {
              bestM = m;
              best = [x, y];
            }
          }
      if (!best) continue;
      const pair = [key(end[0], end[1]), key(best[0], best[1])].sort((a, b) => a - b).join();
      if (joined.has(pair)) continue;
      joined.add(pair);
      isNode.add(key(best[0], best[1]));
      joins.push([end, best]);
    }
  });
  // Nodes and edges.
  const nodeOf = new Map<number, number>();
  const nodeXY: [number, number][] = [];
  const node = (c: [number, number]) => {
    const k = key(c[0], c[1]);
    let n = nodeOf.get(k);
    if (n === undefined) {
      n = nodeXY.length;
      nodeOf.set(k, n);
      nodeXY.push(c);
    }
    return n;
  };
  const edges: { from: number; to: number; bends: [number, number][]; flags: number; m: number }[] =
    [];
  const addEdge = (pts: [number, number][], flags: number) => {
    let m = 0;
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1] as [number, number], pts[i] as [number, number]];
      m += haversineM(a[0] / scale, a[1] / scale, b[0] / scale, b[1] / scale);
    }
    const from = node(pts[0] as [number, number]);
    const to = node(pts.at(-1) as [number, number]);
    if (from === to && pts.length <= 2) return;
    edges.push({ from, to, bends: pts.slice(1, -1), flags, m: Math.max(1, Math.round(m)) });
  };
  for (const l of lines) {
    let start = 0;
    for (let i = 1; i < l.coords.length; i++) {
      const c = l.coords[i] as [number, number];
      if (i === l.coords.length - 1 || isNode.has(key(c[0], c[1]))) {
        addEdge(l.coords.slice(start, i + 1), l.ferry ? EDGE_FERRY : 0);
        start = i;
      }
    }
  }
  for (const j of joins) addEdge(j, EDGE_JOIN);
  return order(nodeXY, edges, scale, lines.length, joins.length);
}

/** Components by union-find, numbered by km (largest first); nodes and edges in a stable order. */
function order(
  nodeXY: [number, number][],
  edges: { from: number; to: number; bends: [number, number][]; flags: number; m: number }[],
  scale: number,
  lineCount: number,
  joinCount: number,
): { graph: NetworkGraph; report: BuildReport } {
  const parent = nodeXY.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const e of edges) parent[find(e.from)] = find(e.to);
  const km = new Map<number, number>();
  for (const e of edges) km.set(find(e.from), (km.get(find(e.from)) ?? 0) + e.m / 1000);
  for (let i = 0; i < nodeXY.length; i++) if (!km.has(find(i))) km.set(find(i), 0);
  const roots = [...km.keys()].sort((a, b) => (km.get(b) ?? 0) - (km.get(a) ?? 0) || a - b);
  const compOf = new Map(roots.map((r, i) => [r, i]));
  const band = (y: number) => Math.floor(y / (0.5 * scale));
  const ids = nodeXY.map((_, i) => i);
  const comp = (i: number) => compOf.get(find(i)) ?? 0;
  ids.sort((a, b) => {
    const [pa, pb] = [nodeXY[a] as [number, number], nodeXY[b] as [number, number]];
    return comp(a) - comp(b) || band(pa[1]) - band(pb[1]) || pa[0] - pb[0] || pa[1] - pb[1];
  });
  const newId = new Int32Array(nodeXY.length);
  ids.forEach((old, i) => {
    newId[old] = i;
  });
  const sorted = edges
    .map((e) => ({ ...e, from: newId[e.from] as number, to: newId[e.to] as number }))
    .sort((a, b) => a.from - b.from || a.to - b.to || a.m - b.m);
  const bends = sorted.reduce((s, e) => s + e.bends.length, 0);
  const g: NetworkGraph = {
    scale,
    nodeLon: Int32Array.from(ids, (i) => (nodeXY[i] as [number, number])[0]),
    nodeLat: Int32Array.from(ids, (i) => (nodeXY[i] as [number, number])[1]),
    component: Uint32Array.from(ids, comp),
    edgeFrom: Uint32Array.from(sorted, (e) => e.from),
    edgeTo: Uint32Array.from(sorted, (e) => e.to),
    edgeM: Uint32Array.from(sorted, (e) => e.m),
    edgeFlags: Uint8Array.from(sorted, (e) => e.flags),
    geomStart: new Uint32Array(sorted.length + 1),
    vLon: new Int32Array(bends),
    vLat: new Int32Array(bends),
  };
  let k = 0;
  sorted.forEach((e, i) => {
    g.geomStart[i] = k;
    for (const [x, y] of e.bends) {
      g.vLon[k] = x;
      g.vLat[k++] = y;
    }
  });
  g.geomStart[sorted.length] = k;
  const totalKm = sorted.reduce((s, e) => s + e.m, 0) / 1000;
  return {
    graph: g,
    report: { lines: lineCount, joins: joinCount, components: roots.length, km: totalKm },
  };
}

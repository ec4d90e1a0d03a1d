import { NETWORK_PIECE } from './network-accuracy';
import type { PublishedPiece, RailDistance, RailNetwork } from './rail';

/**
 * One railway figure per stretch, everywhere. The rule:
 * - the route is measured once, leg by leg between the stops; each leg takes the railway's
 *   published figure (the fewest published stretches that cover it), surveyed track as measured
 *   where no figure covers it, and an approximate leg as measured only where nothing else does;
 * - the figure for any stretch of the route is the sum of its legs' figures (a point inside a
 *   piece is placed in proportion to the measured track), so legs, timeline, totals and exports
 *   always add up;
 * - a published figure for a longer stretch that disagrees with the sum of its legs is kept as a
 *   conflict beside it, never used in its place.
 */

export type PieceKind = PublishedPiece['kind'];

/** A piece of the route on the km scale of the route (km 0 at the first stop). */
export interface RouteSegment {
  from: string;
  to: string;
  /** km along the route, by the railway's figures, where the piece starts and ends. */
  fromKm: number;
  toKm: number;
  /** km along the mapped track where the piece starts and ends (the same scale as the map). */
  fromMeasured: number;
  toMeasured: number;
  kind: PieceKind;
  source: string;
  conflicts: { km: number; source: string }[];
}

export interface LegFigure {
  from: string;
  to: string;
  /** Measured on the map. */
  rail: RailDistance;
  /** The railway's figure for the leg: the one figure the page shows. */
  km: number;
  pieces: PublishedPiece[];
}

/** How much of a figure is published, measured on surveyed track, or measured on an approximate chain. */
export type FigureMakeup = Record<PieceKind, number>;

export interface StretchFigure {
  km: number;
  makeup: FigureMakeup;
  /** A published figure for exactly this stretch that the legs' sum disagrees with. */
  conflict: ThroughConflict | null;
}

export interface ThroughConflict {
  from: string;
  to: string;
  publishedKm: number;
  source: string;
  /** The sum of the legs' figures between the two ends, and how far it is from the published one. */
  legsKm: number;
  apartKm: number;
}

export interface RouteFigures {
  stops: string[];
  legs: LegFigure[];
  segments: RouteSegment[];
  /** The km post (by the railway's figures) of every network node the route passes. */
  posts: Record<string, number>;
  /** The whole route, first stop to last. */
  whole: StretchFigure;
  conflicts: ThroughConflict[];
}

function legPieces(rail: RailDistance): PublishedPiece[] {
  if (rail.published) return rail.published.pieces;
  return rail.parts.map((p, i) => ({
    from: rail.nodes[i] ?? '',
    to: rail.nodes[i + 1] ?? '',
    km: p.km,
    kind: p.network ? 'network' : p.accuracy === 'surveyed' ? 'measured' : p.accuracy,
    source: p.network
      ? NETWORK_PIECE
      : p.accuracy === 'surveyed'
        ? 'measured along the mapped track'
        : p.accuracy === 'none'
          ? 'no track data: the great circle between the stops'
          : 'measured on an approximate leg (no published figure)',
    conflicts: [],
  }));
}

/** Measures the route once, between consecutive stops that are nodes of the network. */
export function routeFigures(net: RailNetwork, stops: readonly string[]): RouteFigures {
  const onNet = stops.filter((s) => net.hasNode(s));
  const legs: LegFigure[] = [];
  const segments: RouteSegment[] = [];
  const posts: Record<string, number> = {};
  let km = 0;
  let measured = 0;
  if (onNet[0] !== undefined) posts[onNet[0]] = 0;
  for (let i = 1; i < onNet.length; i++) {
    const from = onNet[i - 1] as string;
    const to = onNet[i] as string;
    const rail = net.distance(from, to);
    const pieces = legPieces(rail);
    // Measured km of each node along this leg.
    const at: Record<string, number> = { [rail.nodes[0] ?? from]: 0 };
    rail.parts.forEach((p, k) => {
      const n = rail.nodes[k + 1];
      if (n !== undefined) at[n] = (at[rail.nodes[k] ?? ''] ?? 0) + p.km;
    });
    for (const piece of pieces) {
      const m0 = at[piece.from] ?? 0;
      const m1 = at[piece.to] ?? m0;
      const seg: RouteSegment = {
        from: piece.from,
        to: piece.to,
        fromKm: km,
        toKm: km + piece.km,
        fromMeasured: measured + m0,
        toMeasured: measured + m1,
        kind: piece.kind,
        source: piece.source,
        conflicts: piece.conflicts,
      };
      segments.push(seg);
      // Nodes inside the piece sit in proportion to the measured track.
      for (const n of rail.nodes) {
        const m = at[n];
        if (m === undefined || m < m0 || m > m1 || n in posts) continue;
        posts[n] = m1 > m0 ? km + (piece.km * (m - m0)) / (m1 - m0) : km;
      }
      km += piece.km;
    }
    posts[to] = km;
    measured += rail.km;
    legs.push({ from, to, rail, km: pieces.reduce((s, p) => s + p.km, 0), pieces });
  }
  const boundaries = new Set(segments.flatMap((s) => [s.from, s.to]));
  const conflicts: ThroughConflict[] = [];
  for (const s of net.stretches) {
    const a = posts[s.from];
    const b = posts[s.to];
    if (a === undefined || b === undefined) continue;
    if (!boundaries.has(s.from) || !boundaries.has(s.to)) continue;
    const legsKm = Math.abs(b - a);
    if (Math.abs(legsKm - s.km) >= 0.5)
      conflicts.push({
        from: s.from,
        to: s.to,
        publishedKm: s.km,
        source: s.source,
        legsKm,
        apartKm: Math.abs(legsKm - s.km),
      });
  }
  const partial: Omit<RouteFigures, 'whole'> = { stops: onNet, legs, segments, posts, conflicts };
  const first = onNet[0] ?? '';
  const last = onNet.at(-1) ?? '';
  return { ...partial, whole: stretchOn(partial, first, last) };
}

/** The figure for the stretch between two nodes on the route, from the km posts. */
export function stretchOn(
  r: Pick<RouteFigures, 'posts' | 'segments' | 'conflicts'>,
  a: string,
  b: string,
): StretchFigure {
  const pa = r.posts[a];
  const pb = r.posts[b];
  if (pa === undefined || pb === undefined) throw new Error(`route: "${a}" or "${b}" not on it`);
  const lo = Math.min(pa, pb);
  const hi = Math.max(pa, pb);
  const makeup: FigureMakeup = { published: 0, measured: 0, approximate: 0, network: 0, none: 0 };
  for (const s of r.segments) {
    const overlap = Math.min(hi, s.toKm) - Math.max(lo, s.fromKm);
    if (overlap > 0) makeup[s.kind] += overlap;
  }
  const conflict =
    r.conflicts.find((c) => (c.from === a && c.to === b) || (c.from === b && c.to === a)) ?? null;
  return { km: hi - lo, makeup, conflict };
}

/** Whether a node lies on the route (has a km post). */
export function onRoute(r: Pick<RouteFigures, 'posts'>, id: string): boolean {
  return r.posts[id] !== undefined;
}

/**
 * The railway's figure between any two nodes: from the route's km posts where both lie on it,
 * else pieced together for the path between them (the same rule, for a branch off the route).
 */
export function railwayKm(
  r: RouteFigures,
  net: RailNetwork,
  a: string,
  b: string,
): StretchFigure | null {
  if (onRoute(r, a) && onRoute(r, b)) return stretchOn(r, a, b);
  if (!net.hasNode(a) || !net.hasNode(b)) return null;
  const pieces = legPieces(net.distance(a, b));
  return { km: pieces.reduce((s, p) => s + p.km, 0), makeup: piecesMakeup(pieces), conflict: null };
}

/** What a figure's pieces are made of: km of each kind. */
export function piecesMakeup(pieces: readonly PublishedPiece[]): FigureMakeup {
  const m: FigureMakeup = { published: 0, measured: 0, approximate: 0, network: 0, none: 0 };
  for (const p of pieces) m[p.kind] += p.km;
  return m;
}

/** A railway figure only where the story has track: a great circle standing in for none is no figure. */
export const trackedKm = (f: StretchFigure | null): StretchFigure | null =>
  f && f.makeup.none > 0 ? null : f;

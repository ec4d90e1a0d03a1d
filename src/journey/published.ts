import type { Stretch } from '../data/schema';
import { NETWORK_PIECE } from './network-accuracy';
import type { PublishedPiece, RailDistance, RailPart } from './rail-types';

/**
 * The railway's published figure for a path through the network: pieced together from published
 * stretches and surveyed legs, and (only where nothing else covers it) approximate legs as
 * measured. Pure functions of the path; `RailNetwork.distance` calls them.
 */

function stretchFor(stretches: Stretch[], x: string, y: string): Stretch | undefined {
  return stretches.find((s) => (s.from === x && s.to === y) || (s.from === y && s.to === x));
}

/**
 * Covers the node path with published stretches where it can: each piece is a published
 * stretch, a surveyed leg as measured, or (only where nothing else covers it) an approximate
 * leg as measured, which makes the result incomplete.
 */
export function tilePublished(
  stretches: Stretch[],
  nodes: string[],
  parts: RailPart[],
): RailDistance['published'] {
  if (nodes.length < 2 || parts.length !== nodes.length - 1) return null;
  type Best = { cost: number; pieces: PublishedPiece[] } | null;
  const best: Best[] = nodes.map((_, i) => (i === 0 ? { cost: 0, pieces: [] } : null));
  for (let i = 1; i < nodes.length; i++) {
    for (let j = 0; j < i; j++) {
      const base = best[j];
      if (!base) continue;
      const from = nodes[j] as string;
      const to = nodes[i] as string;
      const s = stretchFor(stretches, from, to);
      const leg = i === j + 1 ? parts[j] : undefined;
      let piece: PublishedPiece | null = null;
      let cost = 1;
      if (s) {
        piece = {
          from,
          to,
          km: s.km,
          kind: 'published',
          source: s.source,
          conflicts: s.conflicts,
        };
      } else if (leg?.accuracy === 'surveyed') {
        piece = {
          from,
          to,
          km: leg.km,
          kind: 'measured',
          source: 'measured along the mapped track',
          conflicts: [],
        };
      } else if (leg) {
        const none = leg.accuracy === 'none';
        piece = {
          from,
          to,
          km: leg.km,
          kind: none ? 'none' : leg.network ? 'network' : 'approximate',
          source: none
            ? 'no track data: the great circle between the stops'
            : leg.network
              ? NETWORK_PIECE
              : 'measured on an approximate leg (no published figure)',
          conflicts: [],
        };
        cost = 100;
      }
      const current = best[i];
      if (piece && (!current || base.cost + cost < current.cost)) {
        best[i] = { cost: base.cost + cost, pieces: [...base.pieces, piece] };
      }
    }
  }
  const end = best[nodes.length - 1];
  if (!end?.pieces.some((p) => p.kind === 'published')) return null;
  return {
    km: end.pieces.reduce((s, p) => s + p.km, 0),
    pieces: end.pieces,
    complete: end.pieces.every((p) => p.kind === 'published' || p.kind === 'measured'),
  };
}

/** Approximate legs on the path that no published stretch along the path covers. */
export function unpublishedLegs(
  stretches: Stretch[],
  nodes: string[],
  parts: RailPart[],
): string[] {
  const covered = new Set<number>();
  for (let j = 0; j < nodes.length; j++) {
    for (let i = j + 1; i < nodes.length; i++) {
      if (stretchFor(stretches, nodes[j] as string, nodes[i] as string))
        for (let k = j; k < i; k++) covered.add(k);
    }
  }
  return parts
    .filter(
      (p, k) =>
        p.accuracy === 'approximate' && !(parts.length === nodes.length - 1 && covered.has(k)),
    )
    .map((p) => p.leg);
}

import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext, Comparison } from './claim-types';
import { fromMiles, straightKm } from './distance';
import { bandDiffRel, networkBand } from './network-accuracy';
import {
  belowStraightLine,
  type DistanceBasis,
  THRESHOLDS,
  type Verdict,
  verdictFor,
} from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };

export function reportedIn(claim: Claim, unit: string): number | undefined {
  return claim.reported.figures.find((f) => f.unit === unit)?.value;
}

const BASIS: Partial<Record<Claim['kind'], DistanceBasis>> = {
  'straight-distance': 'straight',
  'rail-distance': 'track',
  'road-distance': 'track',
};

/**
 * A reported distance beside the straight line and the railway's figure. A straight-line figure
 * is judged against the straight line; a rail figure against the railway's (a road figure, which
 * this map cannot measure, and a rail figure with no track to measure it, are consistent when
 * they are no shorter than the straight line: nothing refutes them); an unstated one against the
 * nearer of the two. Whatever the kind, a figure below the straight line is impossible: within
 * the rounding margin for a straight-line or unstated figure, at any margin for a track or road.
 */
export function distanceCheck(
  claim: Claim,
  a: Position,
  b: Position,
  ctx: ClaimContext,
  subject: string,
  ref: string,
): Checked {
  const reportedKm = reportedIn(claim, 'km') ?? fromMiles(reportedIn(claim, 'mi') ?? Number.NaN);
  const mi = reportedIn(claim, 'mi');
  // The miles figure agrees when it rounds to the km figure's conversion (to the nearest mile).
  const miles =
    mi === undefined
      ? null
      : {
          mi,
          asKm: fromMiles(mi),
          agrees: Math.abs(fromMiles(mi) - reportedKm) <= fromMiles(0.5) + 0.5,
        };
  const basis = BASIS[claim.kind] ?? 'unstated';
  const straight = straightKm(a, b);
  const rail = ctx.railway(ref, subject);
  const compare = (basis: Comparison['basis'], km: number): Comparison => ({
    basis,
    km,
    diffKm: reportedKm - km,
    diffRel: (reportedKm - km) / km,
  });
  const comparisons = [compare('straight', straight), ...(rail ? [compare('rail', rail.km)] : [])];
  const byStraight = comparisons[0] as Comparison;
  // A figure measured on the world network is short by its error: within that band, no difference.
  const byRail =
    comparisons[1] && rail && rail.makeup.network > 0
      ? {
          ...comparisons[1],
          diffRel: bandDiffRel(reportedKm, networkBand(rail.km, rail.makeup.network)),
        }
      : comparisons[1];
  const nearest = [byStraight, ...(byRail ? [byRail] : [])].sort(
    (x, y) => Math.abs(x.diffRel) - Math.abs(y.diffRel),
  )[0];
  const belowStraight = belowStraightLine(reportedKm, straight, basis);
  const road = claim.kind === 'road-distance';
  const judged =
    basis === 'straight' ? byStraight : basis === 'track' ? (road ? undefined : byRail) : nearest;
  const verdict: Verdict = belowStraight
    ? 'impossible'
    : judged
      ? verdictFor(judged.diffRel)
      : 'consistent';
  const closest = judged && Math.abs(judged.diffRel) <= THRESHOLDS.holds ? judged.basis : 'neither';
  return {
    check: 'distance',
    basis,
    reportedKm,
    miles,
    straightKm: straight,
    rail,
    comparisons,
    closest,
    belowStraight,
    verdict,
  };
}

/** "The railway route is circuitous": how much longer the track is than the straight line. */
export function circuitousCheck(
  a: Position,
  b: Position,
  ctx: ClaimContext,
  subject: string,
  ref: string,
): Checked | null {
  const rail = ctx.railway(ref, subject);
  if (!rail) return null;
  const s = straightKm(a, b);
  const ratio = rail.km / s;
  const verdict: Verdict =
    ratio - 1 > THRESHOLDS.loose
      ? 'holds'
      : ratio - 1 > THRESHOLDS.holds
        ? 'loose'
        : 'does not hold';
  return { check: 'circuitous', straightKm: s, railKm: rail.km, ratio, verdict };
}

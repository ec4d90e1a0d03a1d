/**
 * A reported distance beside the straight line and the railway's figure, with its verdict.
 */
import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext, Comparison } from './claim-types';
import { fromMiles, straightKm } from './distance';
import { bandDiffRel, networkBand } from './network-accuracy';
import {
  belowStraightLine,
  type DistanceBasis,
  roundingOf,
  THRESHOLDS,
  type Verdict,
  verdictFor,
  withinRounding,
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

/** The rounding of a distance claim's figure, in km: "about 60km" covers 55–65 km. */
export function roundingKm(claim: Claim): number {
  const km = reportedIn(claim, 'km');
  if (km !== undefined) return roundingOf(km);
  const mi = reportedIn(claim, 'mi');
  return mi === undefined ? 0 : fromMiles(roundingOf(mi));
}

/**
 * A reported distance beside the straight line and the railway's figure. A straight-line figure
 * is judged against the straight line; a rail figure against the railway's (a road figure, which
 * this map cannot measure, and a rail figure with no track to measure it, are consistent when
 * they are no shorter than the straight line: nothing refutes them); an unstated one against the
 * nearer of the two. Within its own rounding of that measure a figure is at worst loose.
 *
 * Below the straight line (even at the top of its rounding): a track or road figure is
 * impossible, since no track between the points it names is shorter; a straight-line or unstated
 * figure more than the `holds` margin below it does not hold, since the straight line between the
 * points this map gives the places is the usual measure between them, and only another point of
 * a place (a city's edge) could make the figure true.
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
  const rounding = roundingKm(claim);
  const belowStraight = belowStraightLine(reportedKm, straight, basis, rounding);
  const road = claim.kind === 'road-distance';
  const judged =
    basis === 'straight' ? byStraight : basis === 'track' ? (road ? undefined : byRail) : nearest;
  const within = judged !== undefined && withinRounding(reportedKm, judged.km, rounding);
  const verdict: Verdict = belowStraight
    ? basis === 'track'
      ? 'impossible'
      : 'does not hold'
    : judged
      ? verdictFor(judged.diffRel, within)
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
    rounding,
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

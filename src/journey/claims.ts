import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { ClaimContext, ClaimResult, Comparison } from './claim-types';
import {
  angleBetween,
  compassBearing,
  compassPoint,
  fromMiles,
  initialBearing,
  straightKm,
} from './distance';
import { timelineCheck } from './timeline-check';
import { hoursAt } from './travel-time';
import {
  belowStraightLine,
  directionVerdict,
  THRESHOLDS,
  type Verdict,
  verdictFor,
} from './verdict';

export type { ClaimCheck, ClaimContext, ClaimResult, Comparison } from './claim-types';

function reportedIn(claim: Claim, unit: string): number | undefined {
  return claim.reported.figures.find((f) => f.unit === unit)?.value;
}

function distanceCheck(
  claim: Claim,
  a: Position,
  b: Position,
  ctx: ClaimContext,
  subject: string,
  ref: string,
): ClaimResult {
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
  const straight = straightKm(a, b);
  const rail = ctx.railway(ref, subject);
  const compare = (basis: Comparison['basis'], km: number): Comparison => ({
    basis,
    km,
    diffKm: reportedKm - km,
    diffRel: (reportedKm - km) / km,
  });
  const comparisons = [compare('straight', straight), ...(rail ? [compare('rail', rail.km)] : [])];
  const best = [...comparisons].sort(
    (x, y) => Math.abs(x.diffRel) - Math.abs(y.diffRel),
  )[0] as Comparison;
  const belowStraight = belowStraightLine(reportedKm, straight);
  const verdict = belowStraight ? 'impossible' : verdictFor(best.diffRel);
  const closest = Math.abs(best.diffRel) <= THRESHOLDS.holds ? best.basis : 'neither';
  return {
    claim,
    check: 'distance',
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

/** Sets a claim beside what the map computes, and gives a verdict. */
export function evaluateClaim(claim: Claim, ctx: ClaimContext): ClaimResult {
  const [subject, ref] = claim.places;
  const a = subject ? ctx.position(subject) : undefined;
  const b = ref ? ctx.position(ref) : undefined;
  const missing = (): ClaimResult => ({
    claim,
    check: 'none',
    reason: `no position for ${[subject, ref].filter(Boolean).join(' or ')}`,
    verdict: 'not checked',
  });

  switch (claim.kind) {
    case 'straight-distance':
    case 'rail-distance':
    case 'road-distance':
    case 'unstated-distance': {
      if (!a || !b || !subject || !ref) return missing();
      if (claim.reported.figures.length === 0) {
        // "The railway route is circuitous": how much longer the track is than the straight line.
        const rail = ctx.railway(ref, subject);
        if (!rail) return missing();
        const s = straightKm(a, b);
        const railKm = rail.km;
        const ratio = railKm / s;
        const verdict: Verdict =
          ratio - 1 > THRESHOLDS.loose
            ? 'holds'
            : ratio - 1 > THRESHOLDS.holds
              ? 'loose'
              : 'does not hold';
        return { claim, check: 'circuitous', straightKm: s, railKm, ratio, verdict };
      }
      return distanceCheck(claim, a, b, ctx, subject, ref);
    }
    case 'direction': {
      if (!a || !b || !claim.reported.direction) return missing();
      const bearing = initialBearing(b, a);
      const degreesOff = angleBetween(bearing, compassBearing(claim.reported.direction));
      return {
        claim,
        check: 'direction',
        bearing,
        compass: compassPoint(bearing),
        claimed: claim.reported.direction,
        degreesOff,
        verdict: directionVerdict(degreesOff),
      };
    }
    case 'speed': {
      const reportedKmh =
        reportedIn(claim, 'km/h') ?? fromMiles(reportedIn(claim, 'mph') ?? Number.NaN);
      const demand = ctx.timeline.least;
      if (!demand)
        return {
          claim,
          check: 'none',
          reason: 'no dated events to check a speed against',
          verdict: 'not checked',
        };
      return {
        claim,
        check: 'speed',
        reportedKmh,
        requiredKmh: demand.kmh,
        demand,
        verdict: reportedKmh >= demand.kmh ? 'holds' : 'does not hold',
      };
    }
    case 'duration': {
      const rail = subject && ref ? ctx.railway(subject, ref) : null;
      if (!rail)
        return { claim, check: 'none', reason: 'not about this journey', verdict: 'not checked' };
      return {
        claim,
        check: 'duration',
        railKm: rail.km,
        hours: hoursAt(rail.km, ctx.speedKmh),
        speedKmh: ctx.speedKmh,
        verdict: 'no figure',
      };
    }
    case 'datetime':
      return timelineCheck(claim, ctx);
  }
}

export function evaluateClaims(claims: Claim[], ctx: ClaimContext): ClaimResult[] {
  return claims.map((c) => evaluateClaim(c, ctx));
}

import type { Position } from 'geojson';
import type { Claim, CompassPoint } from '../data/claims-schema';
import {
  angleBetween,
  compassBearing,
  compassPoint,
  fromMiles,
  initialBearing,
  straightKm,
} from './distance';
import type { RailDistance, RailNetwork } from './rail';
import { requiredKmh, stretchAtSpeed, type TimelineStretch } from './timeline';
import { hoursAt } from './travel-time';
import { directionVerdict, THRESHOLDS, type Verdict, verdictFor } from './verdict';

export interface ClaimContext {
  position: (place: string) => Position | undefined;
  net: RailNetwork;
  timeline: TimelineStretch[];
  speedKmh: number;
}

export interface Comparison {
  basis: 'straight' | 'rail';
  km: number;
  diffKm: number;
  diffRel: number;
}

/** What the map computes for a claim; the UI words it (in the reader's units). */
export type ClaimCheck =
  | {
      check: 'distance';
      reportedKm: number;
      miles: { mi: number; asKm: number; agrees: boolean } | null;
      straightKm: number;
      rail: RailDistance | null;
      comparisons: Comparison[];
      closest: 'straight' | 'rail' | 'neither';
    }
  | {
      check: 'direction';
      bearing: number;
      compass: CompassPoint;
      claimed: CompassPoint;
      degreesOff: number;
    }
  | { check: 'circuitous'; straightKm: number; railKm: number; ratio: number }
  | { check: 'duration'; railKm: number; hours: number; speedKmh: number }
  | { check: 'speed'; reportedKmh: number; requiredKmh: number }
  | { check: 'timeline'; stretch: TimelineStretch | null; hours: number | null; speedKmh: number }
  | { check: 'none'; reason: string };

export type ClaimResult = ClaimCheck & { claim: Claim; verdict: Verdict };

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
  const rail =
    ctx.net.hasNode(subject) && ctx.net.hasNode(ref) ? ctx.net.distance(ref, subject) : null;
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
  const verdict = verdictFor(best.diffRel);
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
        if (!ctx.net.hasNode(subject) || !ctx.net.hasNode(ref)) return missing();
        const s = straightKm(a, b);
        const railKm = ctx.net.distance(ref, subject).km;
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
      if (ctx.timeline.length === 0)
        return {
          claim,
          check: 'none',
          reason: 'no dated events to check a speed against',
          verdict: 'not checked',
        };
      const required = requiredKmh(ctx.timeline);
      return {
        claim,
        check: 'speed',
        reportedKmh,
        requiredKmh: required,
        verdict: reportedKmh >= required ? 'holds' : 'does not hold',
      };
    }
    case 'duration': {
      if (!subject || !ref || !ctx.net.hasNode(subject) || !ctx.net.hasNode(ref)) {
        return { claim, check: 'none', reason: 'not about this journey', verdict: 'not checked' };
      }
      const r = ctx.net.distance(subject, ref);
      const railKm = r.published?.km ?? r.km;
      return {
        claim,
        check: 'duration',
        railKm,
        hours: hoursAt(railKm, ctx.speedKmh),
        speedKmh: ctx.speedKmh,
        verdict: 'no figure',
      };
    }
    case 'datetime': {
      if (!claim.reported.day)
        return { claim, check: 'none', reason: 'no day or time given', verdict: 'no figure' };
      const stretch = ctx.timeline.find((s) => s.to.claims.includes(claim.id)) ?? null;
      if (!stretch)
        return {
          claim,
          check: 'timeline',
          stretch: null,
          hours: null,
          speedKmh: ctx.speedKmh,
          verdict: 'not checked',
        };
      const { hours, fits } = stretchAtSpeed(stretch, ctx.speedKmh);
      return {
        claim,
        check: 'timeline',
        stretch,
        hours,
        speedKmh: ctx.speedKmh,
        verdict: fits ? 'holds' : 'does not hold',
      };
    }
  }
}

export function evaluateClaims(claims: Claim[], ctx: ClaimContext): ClaimResult[] {
  return claims.map((c) => evaluateClaim(c, ctx));
}

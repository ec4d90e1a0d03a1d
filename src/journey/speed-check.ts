import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext, ReportedSpeed } from './claim-types';
import { fromMiles } from './distance';
import { reportedIn } from './distance-check';
import { againstBounds } from './speed-bounds';
import { roundingOf, type Verdict } from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };

/** A speed claim's figure in km/h (from mph where that is all it gives); NaN when it has none. */
export function claimKmh(claim: Claim): number {
  return reportedIn(claim, 'km/h') ?? fromMiles(reportedIn(claim, 'mph') ?? Number.NaN);
}

/** The rounding of a speed claim's figure, in km/h: "about 50" covers 45–55 km/h. */
export function roundingKmh(claim: Claim): number {
  const kmh = reportedIn(claim, 'km/h');
  if (kmh !== undefined) return roundingOf(kmh);
  const mph = reportedIn(claim, 'mph');
  return mph === undefined ? 0 : fromMiles(roundingOf(mph));
}

/**
 * Two articles disagree on a speed when their figures differ by more than the rounding of
 * either: "about 50" (45–55) and "around 59" (58.5–59.5) cannot both be right.
 */
export function disagreements(
  claim: Claim,
  speeds: ReportedSpeed[],
  claims: Claim[],
): ReportedSpeed[] {
  const kmh = claimKmh(claim);
  const own = roundingKmh(claim);
  return speeds.filter((s) => {
    if (s.claim === claim.id || s.article === claim.article) return false;
    const other = claims.find((c) => c.id === s.claim);
    const theirs = other ? roundingKmh(other) : 0;
    return Math.abs(s.kmh - kmh) > Math.max(own, theirs);
  });
}

/**
 * A reported speed against the average the reported days allow on the stretch that demands the
 * most: consistent where its own rounding ("about 50": 45–55) meets the span between the least
 * and the greatest, does not hold beyond it, impossible when the days leave no time at all.
 */
export function speedCheck(claim: Claim, ctx: ClaimContext, claims: Claim[]): Checked {
  const reportedKmh = claimKmh(claim);
  const { bounds } = ctx;
  if (!bounds.least)
    return {
      check: 'none',
      reason: 'no dated events to check a speed against',
      verdict: 'no figure',
    };
  const rounding = roundingKmh(claim);
  const against = againstBounds(reportedKmh, bounds, rounding);
  const verdict: Verdict = !Number.isFinite(bounds.least.kmh)
    ? 'impossible'
    : against === 'within'
      ? 'consistent'
      : 'does not hold';
  return {
    check: 'speed',
    reportedKmh,
    rounding,
    bounds,
    against,
    disagrees: disagreements(claim, ctx.speeds, claims),
    verdict,
  };
}

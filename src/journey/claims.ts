import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext, ClaimResult } from './claim-types';
import { judgeDirection } from './compass-sector';
import { angleBetween, compassBearing, compassPoint, initialBearing } from './distance';
import { circuitousCheck, distanceCheck } from './distance-check';
import { durationCheck } from './duration-check';
import { elapsedCheck } from './elapsed-check';
import { speedCheck } from './speed-check';
import { timelineCheck } from './timeline-check';
import type { Verdict } from './verdict';

export type {
  ClaimCheck,
  ClaimContext,
  ClaimResult,
  Comparison,
  Settlement,
} from './claim-types';

type Checked = ClaimCheck & { verdict: Verdict };

/** Sets a claim beside what the map computes, and gives a verdict. */
function check(claim: Claim, ctx: ClaimContext, claims: Claim[]): Checked {
  const [subject, ref] = claim.places;
  const a = subject ? ctx.position(subject) : undefined;
  const b = ref ? ctx.position(ref) : undefined;
  const missing = (): Checked => ({
    check: 'none',
    reason: `no position for ${[subject, ref].filter(Boolean).join(' or ') || 'its places'}`,
    verdict: 'no figure',
  });

  switch (claim.kind) {
    case 'straight-distance':
    case 'rail-distance':
    case 'road-distance':
    case 'unstated-distance': {
      if (!a || !b || !subject || !ref) return missing();
      if (claim.reported.figures.length > 0) return distanceCheck(claim, a, b, ctx, subject, ref);
      return (
        circuitousCheck(a, b, ctx, subject, ref) ?? {
          check: 'none',
          reason: 'by rail: no track data',
          verdict: 'no figure',
        }
      );
    }
    case 'direction': {
      if (!a || !b || !claim.reported.direction) return missing();
      const bearing = initialBearing(b, a);
      const claimed = claim.reported.direction;
      const j = judgeDirection(bearing, claimed);
      return {
        check: 'direction',
        bearing,
        compass: compassPoint(bearing),
        claimed,
        degreesOff: angleBetween(bearing, compassBearing(claimed)),
        points: j.points,
        sector: j.sector,
        sectorsOff: j.sectorsOff,
        verdict: j.verdict,
      };
    }
    case 'speed':
      return speedCheck(claim, ctx, claims);
    case 'duration':
      if (!a || !b || !subject || !ref)
        return { check: 'none', reason: 'not about this journey', verdict: 'no figure' };
      return durationCheck(claim, a, b, ctx, subject, ref);
    case 'elapsed':
      return elapsedCheck(claim, ctx);
    case 'datetime':
      return timelineCheck(claim, ctx);
  }
}

export function evaluateClaim(
  claim: Claim,
  ctx: ClaimContext,
  claims: Claim[] = [claim],
): ClaimResult {
  return { ...check(claim, ctx, claims), claim, happened: null } as ClaimResult;
}

export function evaluateClaims(claims: Claim[], ctx: ClaimContext): ClaimResult[] {
  return claims.map((c) => evaluateClaim(c, ctx, claims));
}

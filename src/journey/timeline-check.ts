import type { Claim } from '../data/claims-schema';
import type { ClaimContext, ClaimResult } from './claim-types';
import { demandAt } from './timeline';
import { hoursAt } from './travel-time';
import type { Verdict } from './verdict';

export /** A dated claim against the timeline: does the train, at the chosen speed, keep every time? */
function timelineCheck(claim: Claim, ctx: ClaimContext): ClaimResult {
  if (!claim.reported.day)
    return { claim, check: 'none', reason: 'no day or time given', verdict: 'no figure' };
  const event = ctx.timeline.events.find((e) => e.claims.includes(claim.id));
  if (!event)
    return {
      claim,
      check: 'none',
      reason: 'the place is not on the route',
      verdict: 'not checked',
    };
  const demand = demandAt(ctx.timeline, event.place);
  const impossible = !event.possible
    ? 'no window'
    : demand && !Number.isFinite(demand.kmh)
      ? 'no time'
      : demand && ctx.topKmh !== null && demand.kmh > ctx.topKmh
        ? 'too fast'
        : null;
  const hours = demand ? hoursAt(demand.km, ctx.speedKmh) : null;
  const verdict: Verdict = impossible
    ? 'impossible'
    : !demand || hours === null
      ? 'not checked'
      : hours <= demand.hours
        ? 'holds'
        : 'does not hold';
  return {
    claim,
    check: 'timeline',
    event,
    demand,
    hours,
    speedKmh: ctx.speedKmh,
    topKmh: ctx.topKmh,
    impossible,
    forecast: claim.forecast ? { with: ctx.timeline.least, without: ctx.reportsOnly.least } : null,
    verdict,
  };
}

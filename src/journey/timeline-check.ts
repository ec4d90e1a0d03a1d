import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext } from './claim-types';
import { demandAt, type Timeline } from './timeline';
import { hoursAt } from './travel-time';
import type { Verdict } from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };
type Impossible = 'no window' | 'no time' | 'too fast' | null;

function impossibleIn(t: Timeline, claim: Claim, topKmh: number | null): Impossible {
  const event = t.events.find((e) => e.claims.includes(claim.id));
  if (!event) return null;
  const demand = demandAt(t, event.place);
  return !event.possible
    ? 'no window'
    : demand && !Number.isFinite(demand.kmh)
      ? 'no time'
      : demand && topKmh !== null && demand.kmh > topKmh
        ? 'too fast'
        : null;
}

/**
 * A dated claim against the timeline: does the train, at the chosen speed, keep every time? A
 * time no speed keeps is impossible, unless it is only a part of day's edge that rules it out
 * (read loosely, with the soft ends widened, it fits): then it is loose.
 */
export function timelineCheck(claim: Claim, ctx: ClaimContext): Checked {
  if (!claim.reported.day)
    return { check: 'none', reason: 'no day or time given', verdict: 'no figure' };
  const event = ctx.timeline.events.find((e) => e.claims.includes(claim.id));
  if (!event)
    return { check: 'none', reason: 'the place is not on the route', verdict: 'no figure' };
  const demand = demandAt(ctx.timeline, event.place);
  const strict = impossibleIn(ctx.timeline, claim, ctx.topKmh);
  const soft = strict !== null && impossibleIn(ctx.relaxed, claim, ctx.topKmh) === null;
  const impossible = soft ? null : strict;
  const hours = demand && Number.isFinite(demand.kmh) ? hoursAt(demand.km, ctx.speedKmh) : null;
  const verdict: Verdict = impossible
    ? 'impossible'
    : soft
      ? 'loose'
      : !demand || hours === null
        ? 'no figure'
        : hours <= demand.hours
          ? 'holds'
          : 'does not hold';
  return {
    check: 'timeline',
    event,
    demand,
    hours,
    speedKmh: ctx.speedKmh,
    topKmh: ctx.topKmh,
    impossible,
    soft,
    forecast: claim.forecast ? { with: ctx.timeline.least, without: ctx.reportsOnly.least } : null,
    verdict,
  };
}

/**
 * A dated claim against the timeline: consistent, loose, does not hold or impossible.
 */
import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext, ReportedSpeed } from './claim-types';
import { demandAt, type Timeline } from './timeline';
import { hoursAt } from './travel-time';
import type { Verdict } from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };
type RuledOut = 'no window' | 'no time' | 'too fast' | null;

/** The fastest any article's speed may be read, its rounding allowed ("around 59": 59.5). */
export function topOfReported(speeds: readonly ReportedSpeed[]): number | null {
  return speeds.length > 0 ? Math.max(...speeds.map((s) => s.kmh + s.rounding)) : null;
}

function ruledOutIn(t: Timeline, claim: Claim, topKmh: number | null): RuledOut {
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
 * A dated claim against the timeline. The map measures no day: the most it can show is that a
 * time fits the other reported times at a possible speed, and then it is consistent (only what
 * happened can make it hold). A time that leaves the train no moment or no time at all is
 * impossible; one that needs a train faster than any speed the articles report (their rounding
 * allowed) does not hold; either is loose instead when only a part of day's edge rules it out
 * (read loosely, with the soft ends widened, it fits). The chosen speed changes the words, not
 * the verdict.
 */
export function timelineCheck(claim: Claim, ctx: ClaimContext): Checked {
  if (!claim.reported.day)
    return { check: 'none', reason: 'no day or time given', verdict: 'no figure' };
  const event = ctx.timeline.events.find((e) => e.claims.includes(claim.id));
  if (!event)
    return { check: 'none', reason: 'the place is not on the route', verdict: 'no figure' };
  const demand = demandAt(ctx.timeline, event.place);
  const top = topOfReported(ctx.speeds);
  const strict = ruledOutIn(ctx.timeline, claim, top);
  const soft = strict !== null && ruledOutIn(ctx.relaxed, claim, top) === null;
  const ruledOut = soft ? null : strict;
  const hours = demand && Number.isFinite(demand.kmh) ? hoursAt(demand.km, ctx.speedKmh) : null;
  const verdict: Verdict =
    ruledOut === 'no window' || ruledOut === 'no time'
      ? 'impossible'
      : ruledOut === 'too fast'
        ? 'does not hold'
        : soft
          ? 'loose'
          : !demand || hours === null
            ? 'no figure'
            : 'consistent';
  return {
    check: 'timeline',
    event,
    demand,
    hours,
    speedKmh: ctx.speedKmh,
    topKmh: top,
    impossible: ruledOut === 'too fast' ? null : ruledOut,
    tooFast: ruledOut === 'too fast',
    soft,
    forecast: claim.forecast ? { with: ctx.timeline.least, without: ctx.reportsOnly.least } : null,
    verdict,
  };
}

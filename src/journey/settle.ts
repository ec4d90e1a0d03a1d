/**
 * When what happened has the train at a km of the route, and what that settles of each claim.
 */
import type { ClaimResult, Settlement } from './claim-types';
import { type FixedPoint, fixedBounds } from './fixed-points';
import { speedBounds } from './speed-bounds';
import type { Timeline } from './timeline';
import { claimBounds, SOFT_HOURS, type TimelineAssumptions } from './timeline-windows';
import { bandOf, type Verdict } from './verdict';

const HOUR = 3_600_000;

/** A stop of the story and its km on the route. */
export interface StopAt {
  place: string;
  km: number;
}

/**
 * When what happened has the train at a place (at a km of the route): no earlier than the latest
 * start of an outcome at or before it, and no later than the earliest end of one at or after it;
 * and, for a place the train passes without stopping, within the run from or to a fixed time
 * with no stop between (fixed-points.ts).
 */
export function happenedWindowAt(
  t: Timeline,
  km: number,
  place = '',
  stops: readonly StopAt[] = [],
  points: readonly FixedPoint[] = [],
): Omit<Extract<Settlement, { by: 'time' }>, 'by' | 'verdict'> {
  let start = Number.NEGATIVE_INFINITY;
  let end = Number.POSITIVE_INFINITY;
  let startBy: string | null = null;
  let endBy: string | null = null;
  const outcomes = new Set<string>();
  for (const e of t.events) {
    if (e.km <= km && e.start > start) {
      start = e.start;
      startBy = e.startBy;
    }
    if (e.km >= km && e.end < end) {
      end = e.end;
      endBy = e.endBy;
    }
  }
  for (const e of t.events)
    if (e.place === startBy || e.place === endBy) for (const id of e.claims) outcomes.add(id);
  let fixed: Extract<Settlement, { by: 'time' }>['fixed'] = null;
  for (const f of fixedBounds(points, place, km, stops)) {
    const tighter = f.side === 'start' ? f.bound > start : f.bound < end;
    if (!tighter) continue;
    if (f.side === 'start') {
      start = f.bound;
      startBy = f.place;
    } else {
      end = f.bound;
      endBy = f.place;
    }
    fixed = f;
    for (const id of f.outcomes) outcomes.add(id);
  }
  return { start, end, startBy, endBy, outcomes: [...outcomes], fixed };
}

/**
 * A reported time against what happened: it holds when what happened lies inside it, is
 * refuted when the two do not meet (loose when they miss only by a part of day's soft edge, by
 * less than SOFT_HOURS), and is consistent when they overlap.
 */
function timeVerdict(
  claim: { start: number; end: number; soft: { start: boolean; end: boolean } },
  h: { start: number; end: number },
): Verdict {
  if (h.start >= claim.start && h.end <= claim.end) return 'holds';
  const early = claim.start - h.end; // what happened ends before the claim's window opens
  const late = h.start - claim.end; // or starts after it closes
  if (early > 0) return claim.soft.start && early <= SOFT_HOURS * HOUR ? 'loose' : 'refuted';
  if (late > 0) return claim.soft.end && late <= SOFT_HOURS * HOUR ? 'loose' : 'refuted';
  return 'consistent';
}

/**
 * What the outcomes settle: a speed against the least (and greatest) average they allow on their
 * most demanding stretch, its own rounding allowed (refuted only when the whole of "about 50",
 * 45–55, lies outside); a time against when they have the train at its place. A claim they say
 * nothing about keeps `happened: null`.
 */
export function settle(
  results: ClaimResult[],
  happened: Timeline | null,
  kmAlong: (place: string) => number | undefined,
  assumptions: TimelineAssumptions,
  stops: readonly string[] = [],
  points: readonly FixedPoint[] = [],
): ClaimResult[] {
  if (!happened || happened.events.length === 0) return results;
  const bounds = speedBounds(happened);
  const stopsAt = stops.flatMap((place) => {
    const km = kmAlong(place);
    return km === undefined ? [] : [{ place, km }];
  });
  return results.map((r) => {
    if (r.check === 'speed' && bounds.least) {
      const [lo, hi] = bandOf(r.reportedKmh, r.rounding);
      const out = hi < bounds.least.kmh || (bounds.greatest !== null && lo > bounds.greatest.kmh);
      const verdict: Verdict = out ? 'refuted' : 'consistent';
      return {
        ...r,
        happened: { by: 'speed', least: bounds.least, greatest: bounds.greatest, verdict },
      };
    }
    if (r.claim.kind !== 'datetime') return r;
    const place = r.claim.places[0];
    const km = place === undefined ? undefined : kmAlong(place);
    const window = claimBounds(r.claim, assumptions);
    if (km === undefined || !window) return r;
    const h = happenedWindowAt(happened, km, place ?? '', stopsAt, points);
    if (!Number.isFinite(h.start) && !Number.isFinite(h.end)) return r;
    return { ...r, happened: { by: 'time', ...h, verdict: timeVerdict(window, h) } };
  });
}

import type { PropagatedWindow, Timeline } from './timeline';

const HOUR = 3_600_000;

/**
 * The slowest a train on the move between two stops is taken to run: walking pace. A fixed
 * time at a place bounds the places the train passes on its way to it by the time it takes to
 * cover the km between them at this speed, the longest that run can have lasted.
 */
export const CRAWL_KMH = 5;

/**
 * What a fixed time bounds at a place the train passes without stopping: the fixed place and
 * time, how far from it the place lies, and the earliest (or latest) time that gives.
 */
export interface FixedBound {
  place: string;
  at: number;
  /** km from the place to the fixed point, along the route (positive: the fixed point is after it). */
  km: number;
  /** The earliest time at the place (fixed point after it) or the latest (before it). */
  bound: number;
  side: 'start' | 'end';
  outcomes: string[];
}

/**
 * An outcome that fixes the train to a clock time (`from` equal to `to`, not a part of day): the
 * moment it reached its place. It was on the move just before.
 */
function isFixed(e: PropagatedWindow): boolean {
  return (
    Number.isFinite(e.reported.start) &&
    e.reported.start === e.reported.end &&
    !e.soft.start &&
    !e.soft.end
  );
}

/**
 * The bounds fixed times set on a place the train passes without stopping (not one of the
 * story's stops). A fixed time at a place after it, with no stop between, says the train passed
 * it no earlier than that time less the run between them at walking pace (CRAWL_KMH); a fixed
 * time at a passing point before it (not a stop either, where the train may have waited), with
 * no stop between, says it passed no later than that time plus the run. Nothing is bounded
 * across a stop: the train may have waited there any time.
 */
export function fixedBounds(
  t: Timeline,
  place: string,
  km: number,
  stops: readonly { place: string; km: number }[],
): FixedBound[] {
  if (stops.some((s) => s.place === place)) return [];
  const stopBetween = (a: number, b: number) =>
    stops.some((s) => s.km > Math.min(a, b) && s.km < Math.max(a, b));
  const isStop = (p: string) => stops.some((s) => s.place === p);
  const out: FixedBound[] = [];
  for (const e of t.events) {
    if (!isFixed(e) || e.place === place || stopBetween(km, e.km)) continue;
    const at = e.reported.start;
    const run = (Math.abs(e.km - km) / CRAWL_KMH) * HOUR;
    const outcomes = [...e.claims];
    if (e.km > km)
      out.push({ place: e.place, at, km: e.km - km, bound: at - run, side: 'start', outcomes });
    else if (!isStop(e.place))
      out.push({ place: e.place, at, km: e.km - km, bound: at + run, side: 'end', outcomes });
  }
  return out;
}

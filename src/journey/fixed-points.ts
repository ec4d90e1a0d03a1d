/**
 * What a fixed time from what happened bounds: an outcome that has the train arriving at, leaving
 * or passing a place at one clock time bounds the places it passes without stopping on its way
 * there (or on), by the run between them at walking pace.
 */
import type { Outcome } from '../data/outcomes-schema';

const HOUR = 3_600_000;

/**
 * The slowest a train on the move between two stops is taken to run: walking pace. A fixed
 * time at a place bounds the places the train passes on its way to it by the time it takes to
 * cover the km between them at this speed, the longest that run can have lasted.
 */
export const CRAWL_KMH = 5;

/** An outcome that fixes the train to one clock time, and what it did then. */
export interface FixedPoint {
  place: string;
  km: number;
  at: number;
  moment: NonNullable<Outcome['moment']>;
  outcome: string;
}

/**
 * The outcomes that fix the train to a clock time and say what it did then (`moment`: arrived,
 * left, passed), at a place on the route. An instant with no moment fixes nothing beyond its
 * place: the train may have waited there before or after.
 */
export function fixedPoints(
  outcomes: readonly Outcome[],
  kmAlong: (place: string) => number | undefined,
): FixedPoint[] {
  return outcomes.flatMap((o) => {
    const km = kmAlong(o.place);
    if (!o.moment || !o.from || o.from !== o.to || o.soft || km === undefined) return [];
    return [{ place: o.place, km, at: Date.parse(o.from), moment: o.moment, outcome: o.id }];
  });
}

/** What a fixed time bounds at a place: the earliest (or latest) time the train passed it. */
export interface FixedBound {
  place: string;
  at: number;
  moment: FixedPoint['moment'];
  /** km from the place to the fixed point, along the route (positive: the fixed point is after it). */
  km: number;
  bound: number;
  side: 'start' | 'end';
  outcomes: string[];
}

/**
 * The bounds fixed times set on a place the train passes without stopping (not one of the
 * story's stops), with no stop between it and the fixed place. Arriving at (or passing) a place
 * after it at T, the train passed it no earlier than T less the run between them at walking pace
 * (CRAWL_KMH); leaving (or passing) a place before it at T, no later than T plus that run.
 * Nothing is bounded across a stop: the train may have waited there any time.
 */
export function fixedBounds(
  points: readonly FixedPoint[],
  place: string,
  km: number,
  stops: readonly { place: string; km: number }[],
): FixedBound[] {
  if (stops.some((s) => s.place === place)) return [];
  const stopBetween = (a: number, b: number) =>
    stops.some((s) => s.km > Math.min(a, b) && s.km < Math.max(a, b));
  const out: FixedBound[] = [];
  for (const p of points) {
    if (p.place === place || stopBetween(km, p.km)) continue;
    const run = (Math.abs(p.km - km) / CRAWL_KMH) * HOUR;
    const base = {
      place: p.place,
      at: p.at,
      moment: p.moment,
      km: p.km - km,
      outcomes: [p.outcome],
    };
    if (p.km > km && p.moment !== 'left') out.push({ ...base, bound: p.at - run, side: 'start' });
    else if (p.km < km && p.moment !== 'arrived')
      out.push({ ...base, bound: p.at + run, side: 'end' });
  }
  return out;
}

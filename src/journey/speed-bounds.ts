import type { Demand, PropagatedWindow, Timeline } from './timeline';

const HOUR = 3_600_000;

/** The most a stretch allows on average: its km in the least time its windows leave. */
export interface Greatest {
  kmh: number;
  /** The least time: the earliest time at `to` less the latest at `from`. */
  hours: number;
  /** The latest time at `from` and the earliest at `to`, and the places whose reports set them. */
  start: number;
  end: number;
  startBy: string;
  endBy: string;
}

/**
 * What the times say of the train's average speed, stops included, on the stretch that demands
 * the most: at least `least` (it must cover the km in the most time the windows leave) and, where
 * a later time at its far end bounds it, at most `greatest` (it cannot have arrived before that
 * time). A speed between the two is consistent with the times; they cannot settle it.
 */
export interface SpeedBounds {
  least: Demand | null;
  greatest: Greatest | null;
}

function windowOf(t: Timeline, place: string): PropagatedWindow | undefined {
  return t.events.find((e) => e.place === place);
}

export function speedBounds(t: Timeline): SpeedBounds {
  const least = t.least;
  if (!least) return { least: null, greatest: null };
  const from = windowOf(t, least.from);
  const to = windowOf(t, least.to);
  if (!from || !to || !from.possible || !to.possible) return { least, greatest: null };
  // The latest the train can have been at `from` and the earliest at `to`.
  const start = from.end;
  const end = to.start;
  const hours = (end - start) / HOUR;
  const greatest =
    hours > 0
      ? { kmh: least.km / hours, hours, start, end, startBy: from.endBy, endBy: to.startBy }
      : null;
  return { least, greatest };
}

/**
 * Where a reported speed falls against the bounds, its own rounding allowed: below only when
 * even the top of its rounding is below the least, above only when even the bottom is above
 * the greatest ("about 50" is within bounds from 52.7 km/h: 45–55 reaches it).
 */
export function againstBounds(
  kmh: number,
  b: SpeedBounds,
  rounding = 0,
): 'below' | 'within' | 'above' {
  if (b.least && kmh + rounding < b.least.kmh) return 'below';
  if (b.greatest && kmh - rounding > b.greatest.kmh) return 'above';
  return 'within';
}

import type { Claim } from '../data/claims-schema';
import type { StretchFigure } from './route-figures';
import { type ReportedWindow, reportedWindows, type TimelineAssumptions } from './timeline-windows';
import { hoursAt, impliedKmh } from './travel-time';

export {
  claimWindow,
  type ReportedWindow,
  reportedWindows,
  SOFT_HOURS,
  type TimelineAssumptions,
} from './timeline-windows';

const HOUR = 3_600_000;

/** A window after the places are taken in travel order. */
export interface PropagatedWindow extends ReportedWindow {
  reported: { start: number; end: number };
  /** The place whose reported time sets the earliest and the latest time here. */
  startBy: string;
  endBy: string;
  /** False when the reported times leave no moment for the train to be here. */
  possible: boolean;
  /** Whether the earliest and the latest time come from a part of day (soft bounds). */
  soft: { start: boolean; end: boolean };
}

/** What the reported days demand between two places: the least average speed, and its bounds. */
export interface Demand {
  from: string;
  to: string;
  km: number;
  /** The most time the windows allow: the latest time at `to` less the earliest at `from`. */
  hours: number;
  /** km / hours; Infinity when no time at all is left (no speed meets the windows). */
  kmh: number;
  /** The reported times that bind it: the earliest at `from` and the latest at `to`. */
  start: number;
  end: number;
  startBy: string;
  endBy: string;
}

export interface TimelineStretch {
  from: PropagatedWindow;
  to: PropagatedWindow;
  figure: StretchFigure;
  km: number;
  /** Least and most time the propagated windows allow between the two places. */
  minHours: number;
  maxHours: number;
  /** The least average speed the stretch alone demands. */
  demand: Demand;
}

export interface Timeline {
  events: PropagatedWindow[];
  stretches: TimelineStretch[];
  /** Every pair of places, in travel order. */
  pairs: Demand[];
  /** The most demanding pair: the least average speed the whole journey needs. */
  least: Demand | null;
  /** Whether forecasts were left out. */
  reportsOnly: boolean;
}

/**
 * Takes the windows in travel order: the train is at a place no earlier than it was at the place
 * before (forward, for the earliest times) and no later than it is at the place after (backward,
 * for the latest). Windows left empty are marked impossible; nothing throws.
 */
export function propagateWindows(windows: ReportedWindow[]): PropagatedWindow[] {
  const out: PropagatedWindow[] = [...windows]
    .sort((x, y) => x.km - y.km)
    .map((w) => ({
      ...w,
      claims: [...w.claims],
      reported: { start: w.start, end: w.end },
      startBy: w.place,
      endBy: w.place,
      possible: true,
      soft: { start: w.soft?.start === true, end: w.soft?.end === true },
    }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as PropagatedWindow;
    const w = out[i] as PropagatedWindow;
    if (prev.start > w.start) {
      w.start = prev.start;
      w.startBy = prev.startBy;
      w.soft.start = prev.soft.start;
    }
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1] as PropagatedWindow;
    const w = out[i] as PropagatedWindow;
    if (next.end < w.end) {
      w.end = next.end;
      w.endBy = next.endBy;
      w.soft.end = next.soft.end;
    }
  }
  for (const w of out) w.possible = w.start <= w.end;
  return out;
}

function demand(from: PropagatedWindow, to: PropagatedWindow): Demand {
  const km = Math.abs(to.km - from.km);
  const hours = (to.end - from.start) / HOUR;
  return {
    from: from.place,
    to: to.place,
    km,
    hours,
    kmh: hours > 0 ? impliedKmh(km, hours) : km > 0 ? Number.POSITIVE_INFINITY : 0,
    start: from.start,
    end: to.end,
    startBy: from.startBy,
    endBy: to.endBy,
  };
}

/** The most demanding of some pairs (the first of equals), or null when there are none. */
export function mostDemanding(pairs: Demand[]): Demand | null {
  let best: Demand | null = null;
  for (const p of pairs) if (!best || p.kmh > best.kmh) best = p;
  return best;
}

/** Where places lie on the route, and the railway's figure between two of them. */
export interface AlongRoute {
  kmAlong: (place: string) => number | undefined;
  figure: (a: string, b: string) => StretchFigure;
}

/**
 * The timeline from the dated claims: windows propagated in travel order, the stretches between
 * consecutive places, and the least average speed each pair of places demands.
 */
export function buildTimeline(
  claims: Claim[],
  route: AlongRoute,
  opts: { reportsOnly?: boolean; assumptions: TimelineAssumptions },
): Timeline {
  return timelineOf(reportedWindows(claims, route.kmAlong, opts), route, opts.reportsOnly === true);
}

/** The timeline of some windows (the articles', relaxed ones, or what happened). */
export function timelineOf(
  windows: ReportedWindow[],
  route: AlongRoute,
  reportsOnly = false,
): Timeline {
  const events = propagateWindows(windows);
  const stretches: TimelineStretch[] = [];
  const pairs: Demand[] = [];
  // A pair demands a speed only where both of its ends are bounded: a window open at one end
  // ("by Tuesday") sets no earliest time there.
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const d = demand(events[i] as PropagatedWindow, events[j] as PropagatedWindow);
      if (Number.isFinite(d.start) && Number.isFinite(d.end)) pairs.push(d);
    }
  }
  for (let i = 1; i < events.length; i++) {
    const from = events[i - 1] as PropagatedWindow;
    const to = events[i] as PropagatedWindow;
    const figure = route.figure(from.place, to.place);
    const d = demand(from, to);
    stretches.push({
      from,
      to,
      figure,
      km: figure.km,
      minHours: Math.max(0, (to.start - from.end) / HOUR),
      maxHours: d.hours,
      demand: d,
    });
  }
  return {
    events,
    stretches,
    pairs,
    least: mostDemanding(pairs),
    reportsOnly,
  };
}

/** The most demanding pair that involves a place: what its reported time asks of the train. */
export function demandAt(t: Timeline, place: string): Demand | null {
  return mostDemanding(t.pairs.filter((p) => p.from === place || p.to === place));
}

/** Hours for a stretch at a speed, and whether that fits the most time the windows allow. */
export function stretchAtSpeed(s: TimelineStretch, kmh: number): { hours: number; fits: boolean } {
  const hours = hoursAt(s.km, kmh);
  return { hours, fits: hours <= s.maxHours };
}

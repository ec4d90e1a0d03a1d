import type { Claim } from '../data/claims-schema';
import type { StretchFigure } from './route-figures';
import { hoursAt, impliedKmh } from './travel-time';
import { zonedTime } from './zones';

/**
 * What the timeline assumes, from the story's manifest and printed in the UI: each place's time
 * zone (IANA), and the hours a part of day names. A day with no hour given is the whole day,
 * 00:00 to 24:00 local time.
 */
export interface TimelineAssumptions {
  timeZones: Record<string, string>;
  partsOfDay: Partial<Record<string, [number, number]>>;
}

const HOUR = 3_600_000;

/** The window the reported days allow for the train at one place, in ms since the epoch (UTC). */
export interface ReportedWindow {
  place: string;
  /** km along the route (the railway's figures) from its first stop. */
  km: number;
  start: number;
  end: number;
  claims: string[];
  /** Every claim behind the window is a forecast. */
  forecast: boolean;
}

/** A window after the places are taken in travel order. */
export interface PropagatedWindow extends ReportedWindow {
  reported: { start: number; end: number };
  /** The place whose reported time sets the earliest and the latest time here. */
  startBy: string;
  endBy: string;
  /** False when the reported times leave no moment for the train to be here. */
  possible: boolean;
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

/** The window a dated claim allows, or null when it gives no day. */
export function claimWindow(claim: Claim, a: TimelineAssumptions): [number, number] | null {
  const { day, partOfDay } = claim.reported;
  const place = claim.places[0];
  if (!day || !place) return null;
  const tz = a.timeZones[place];
  if (tz === undefined) throw new Error(`timeline: no time zone given for "${place}"`);
  const hours: [number, number] | undefined = partOfDay ? a.partsOfDay[partOfDay] : [0, 24];
  if (!hours) throw new Error(`timeline: no hours given for the part of day "${partOfDay}"`);
  return [zonedTime(day, hours[0], tz), zonedTime(day, hours[1], tz)];
}

/**
 * One window per place on the route, its claims' windows intersected, in travel order. Claims
 * about places off the route, and (with `reportsOnly`) forecasts, are left out.
 */
export function reportedWindows(
  claims: Claim[],
  kmAlong: (place: string) => number | undefined,
  opts: { reportsOnly?: boolean; assumptions: TimelineAssumptions },
): ReportedWindow[] {
  const byPlace = new Map<string, ReportedWindow>();
  for (const c of claims) {
    if (c.kind !== 'datetime' || (opts.reportsOnly && c.forecast)) continue;
    const w = claimWindow(c, opts.assumptions);
    const place = c.places[0];
    const km = place === undefined ? undefined : kmAlong(place);
    if (!w || !place || km === undefined) continue;
    const e = byPlace.get(place);
    if (!e)
      byPlace.set(place, {
        place,
        km,
        start: w[0],
        end: w[1],
        claims: [c.id],
        forecast: c.forecast === true,
      });
    else {
      e.start = Math.max(e.start, w[0]);
      e.end = Math.min(e.end, w[1]);
      e.claims.push(c.id);
      e.forecast &&= c.forecast === true;
    }
  }
  return [...byPlace.values()].sort((x, y) => x.km - y.km);
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
    }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as PropagatedWindow;
    const w = out[i] as PropagatedWindow;
    if (prev.start > w.start) {
      w.start = prev.start;
      w.startBy = prev.startBy;
    }
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const next = out[i + 1] as PropagatedWindow;
    const w = out[i] as PropagatedWindow;
    if (next.end < w.end) {
      w.end = next.end;
      w.endBy = next.endBy;
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

/**
 * The timeline from the dated claims: windows propagated in travel order, the stretches between
 * consecutive places, and the least average speed each pair of places demands.
 */
export function buildTimeline(
  claims: Claim[],
  route: {
    kmAlong: (place: string) => number | undefined;
    figure: (a: string, b: string) => StretchFigure;
  },
  opts: { reportsOnly?: boolean; assumptions: TimelineAssumptions },
): Timeline {
  const events = propagateWindows(reportedWindows(claims, route.kmAlong, opts));
  const stretches: TimelineStretch[] = [];
  const pairs: Demand[] = [];
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++)
      pairs.push(demand(events[i] as PropagatedWindow, events[j] as PropagatedWindow));
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
    reportsOnly: opts.reportsOnly === true,
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

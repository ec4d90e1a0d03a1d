import type { Position } from 'geojson';
import type { RailLeg } from '../data/schema';
import { type KeepInputs, type KeptSchedule, keptDeparture, keptSchedule } from './kept-schedule';
import type { RouteFigures } from './route-figures';
import { pointAt, type RouteLine, routeLine, sliceCoords } from './route-line';
import { againstBand, allowedBand, type Band, type Dwell, kmAt, type Schedule } from './schedule';
import type { Timeline } from './timeline';

const HOUR = 3_600_000;

/** What the replay needs that depends only on the story: computed once. */
export interface ReplayBase {
  line: RouteLine;
  /** The reported windows in travel order (propagated), for the band and the slider's marks. */
  events: Timeline['events'];
  /** Moments the slider jumps between (Page Up/Down): each window's start and end. */
  marks: { t: number; place: string; edge: 'start' | 'end' }[];
  /** Places on the route with their km, for "near …" in the clock's words. */
  stops: { id: string; km: number }[];
  /** The earliest departure the reported days allow, and choices for it (every 3 hours). */
  departure: number;
  departures: number[];
  dwells: Dwell[];
  /** What the schedule that keeps the reported times needs. */
  keep: KeepInputs;
}

export function replayBase(
  route: RouteFigures,
  legs: RailLeg[],
  timeline: Timeline,
  places: string[],
  dwells: { place: string; hours: number }[],
  fallbackStart: number,
): ReplayBase {
  const events = timeline.events;
  const first = events[0];
  const fromOrigin = first && first.km === 0 ? first : null;
  // A window may be open at one end ("by Tuesday" bounds only the latest time): the replay
  // starts at a time the days give, or at the fallback.
  const departure =
    fromOrigin && Number.isFinite(fromOrigin.start) ? fromOrigin.start : fallbackStart;
  const last =
    fromOrigin && Number.isFinite(fromOrigin.end)
      ? Math.max(departure, fromOrigin.end - HOUR)
      : departure;
  const departures: number[] = [];
  for (let t = departure; t <= last; t += 3 * HOUR) departures.push(t);
  const stops = places
    .filter((id) => route.posts[id] !== undefined)
    .map((id) => ({ id, km: route.posts[id] as number }))
    .sort((a, b) => a.km - b.km);
  const line = routeLine(route, legs);
  const kept = dwells.flatMap((d) =>
    route.posts[d.place] === undefined
      ? []
      : [{ place: d.place, km: route.posts[d.place] as number, hours: d.hours }],
  );
  return {
    line,
    events,
    marks: events
      .flatMap((e) => [
        { t: e.start, place: e.place, edge: 'start' as const },
        { t: e.end, place: e.place, edge: 'end' as const },
      ])
      .filter((m) => Number.isFinite(m.t))
      .sort((a, b) => a.t - b.t),
    stops,
    departure,
    departures,
    dwells: kept,
    keep: {
      events,
      dwells: kept,
      totalKm: line.km,
      departures: fromOrigin ? departures : [],
      fallback: fallbackStart,
    },
  };
}

/** The departure that keeps the reported times at a speed (the replay's opening departure). */
export const replayDeparture = (b: ReplayBase, speedKmh: number): number =>
  keptDeparture(b.keep, speedKmh);

/**
 * The schedule for a speed and a departure (when none is given, the one that keeps the reported
 * times): the train runs at the speed and waits where the reported times ask it to.
 */
export function replaySchedule(
  b: ReplayBase,
  speedKmh: number,
  departure: number | null,
): KeptSchedule {
  return keptSchedule(b.keep, speedKmh, departure ?? replayDeparture(b, speedKmh));
}

/** One frame of the replay: where the train is, where the reported days say it must be. */
export interface ReplayFrame {
  t: number;
  km: number;
  point: Position;
  bearing: number;
  band: Band;
  status: 'ahead' | 'behind' | 'within';
  /** The nearest place on the route, and whether the train is at it (within 5 km). */
  near: { id: string; at: boolean } | null;
}

/**
 * The replay's span: from the departure to the arrival, or to the last reported time when that
 * is later (the clock then shows the reported days the train, at this speed, runs ahead of).
 */
export function replaySpan(b: ReplayBase, s: Schedule): { start: number; end: number } {
  const last = b.marks.at(-1)?.t ?? s.arrival;
  return { start: s.departure, end: Math.max(s.arrival, last) };
}

/** Clamps a time to the replay's span. */
export const clampTime = (b: ReplayBase, s: Schedule, t: number): number => {
  const { start, end } = replaySpan(b, s);
  return Math.min(end, Math.max(start, t));
};

export function replayFrame(b: ReplayBase, s: Schedule, time: number): ReplayFrame {
  const t = clampTime(b, s, time);
  const km = kmAt(s, t);
  const { point, bearing } = pointAt(b.line, km);
  const band = allowedBand(b.events, t, b.line.km);
  let near: ReplayFrame['near'] = null;
  let best = Number.POSITIVE_INFINITY;
  for (const stop of b.stops) {
    const d = Math.abs(stop.km - km);
    if (d < best) {
      best = d;
      near = { id: stop.id, at: d <= 5 };
    }
  }
  return { t, km, point, bearing, band, status: againstBand(km, band), near };
}

/** The travelled part of the route, and the band, as coordinates for the map. */
export function replayLines(
  b: ReplayBase,
  f: ReplayFrame,
): { travelled: Position[]; band: Position[] } {
  return {
    travelled: f.km > 0 ? sliceCoords(b.line, 0, f.km) : [],
    band: f.band.hi > f.band.lo ? sliceCoords(b.line, f.band.lo, f.band.hi) : [],
  };
}

import type { Claim } from '../data/claims-schema';
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

/**
 * How far past a part of day's stated hours a time may fall before it counts against it: a
 * "morning" is a way of speaking, not a clock, so a bound it sets is soft and never makes an
 * event impossible by minutes.
 */
export const SOFT_HOURS = 1;

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
  /** Which ends a part of day sets (soft), not a day's midnight or a stated time (hard). */
  soft?: { start: boolean; end: boolean };
}

/**
 * A dated claim that bounds one end only: "by Tuesday" (the train was there by the end of it,
 * since when the claim does not say: "Kim is now in Russia"), "after Tuesday" the other way.
 */
const BY = /^(by|before|no later than)$/i;
const AFTER = /^(after|since|no earlier than)$/i;

/** The window a dated claim allows, and which ends of it a part of day sets. */
export function claimBounds(
  claim: Claim,
  a: TimelineAssumptions,
): { start: number; end: number; soft: { start: boolean; end: boolean } } | null {
  const { day, partOfDay } = claim.reported;
  const place = claim.places[0];
  if (!day || !place) return null;
  const tz = a.timeZones[place];
  if (tz === undefined) throw new Error(`timeline: no time zone given for "${place}"`);
  const hours: [number, number] | undefined = partOfDay ? a.partsOfDay[partOfDay] : [0, 24];
  if (!hours) throw new Error(`timeline: no hours given for the part of day "${partOfDay}"`);
  const q = claim.reported.qualifier?.trim() ?? '';
  const openStart = BY.test(q);
  const openEnd = AFTER.test(q);
  return {
    start: openStart ? Number.NEGATIVE_INFINITY : zonedTime(day, hours[0], tz),
    end: openEnd ? Number.POSITIVE_INFINITY : zonedTime(day, hours[1], tz),
    soft: { start: !openStart && hours[0] !== 0, end: !openEnd && hours[1] !== 24 },
  };
}

/** The window a dated claim allows, or null when it gives no day. */
export function claimWindow(claim: Claim, a: TimelineAssumptions): [number, number] | null {
  const b = claimBounds(claim, a);
  return b ? [b.start, b.end] : null;
}

/** One more report of the train at a place: its window is narrowed to both. */
export function narrow(into: ReportedWindow, w: Omit<ReportedWindow, 'place' | 'km'>): void {
  const soft = into.soft ?? { start: false, end: false };
  const ws = w.soft ?? { start: false, end: false };
  if (w.start > into.start) soft.start = ws.start;
  else if (w.start === into.start) soft.start &&= ws.start;
  if (w.end < into.end) soft.end = ws.end;
  else if (w.end === into.end) soft.end &&= ws.end;
  into.start = Math.max(into.start, w.start);
  into.end = Math.min(into.end, w.end);
  into.claims.push(...w.claims);
  into.forecast &&= w.forecast;
  into.soft = soft;
}

/** Windows with their soft ends widened by `hours`: what the times allow read loosely. */
export function relaxed(windows: ReportedWindow[], hours = SOFT_HOURS): ReportedWindow[] {
  return windows.map((w) => ({
    ...w,
    claims: [...w.claims],
    start: w.soft?.start ? w.start - hours * HOUR : w.start,
    end: w.soft?.end ? w.end + hours * HOUR : w.end,
  }));
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
    const b = claimBounds(c, opts.assumptions);
    const place = c.places[0];
    const km = place === undefined ? undefined : kmAlong(place);
    if (!b || !place || km === undefined) continue;
    const w = { ...b, claims: [c.id], forecast: c.forecast === true };
    const e = byPlace.get(place);
    if (!e) byPlace.set(place, { place, km, ...w });
    else narrow(e, w);
  }
  return [...byPlace.values()].sort((x, y) => x.km - y.km);
}

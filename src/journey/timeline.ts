import type { Claim } from '../data/claims-schema';
import type { RailDistance, RailNetwork } from './rail';
import { hoursAt, impliedKmh } from './travel-time';

/**
 * What the timeline assumes, printed in the UI: each place's UTC offset, and the hours a part of
 * day names. A day with no hour given is the whole day, 00:00 to 24:00 local time.
 */
export interface TimelineAssumptions {
  utcOffset: Record<string, number>;
  partOfDay: { morning: [number, number] };
}

export const ASSUMPTIONS: TimelineAssumptions = {
  // Pyongyang time UTC+9; Vladivostok time UTC+10 (the border as Russian TV reports it, Khasan,
  // Ussuriysk); Amur oblast (Vostochny) UTC+9.
  utcOffset: {
    pyongyang: 9,
    tumangang: 9,
    border: 10,
    khasan: 10,
    ussuriysk: 10,
    vladivostok: 10,
    vostochny: 9,
  },
  partOfDay: { morning: [6, 12] },
};

const HOUR = 3_600_000;

export interface TimelineEvent {
  place: string;
  /** The window the articles allow, in ms since the epoch (UTC). */
  start: number;
  end: number;
  claims: string[];
}

export interface TimelineStretch {
  from: TimelineEvent;
  to: TimelineEvent;
  rail: RailDistance;
  /** The distance used: the railway's figure where one applies, else the measured one. */
  km: number;
  basis: 'published' | 'published, partly measured' | 'measured';
  /** Least and most time the reported windows allow between the two events. */
  minHours: number;
  maxHours: number;
  /** Average speeds the windows imply: the least (slowest) and the most. */
  impliedKmh: [number, number];
}

/** The window a dated claim allows, or null when it gives no day. */
export function claimWindow(
  claim: Claim,
  a: TimelineAssumptions = ASSUMPTIONS,
): [number, number] | null {
  const { day, partOfDay } = claim.reported;
  const place = claim.places[0];
  if (!day || !place) return null;
  const offset = a.utcOffset[place];
  if (offset === undefined) throw new Error(`timeline: no UTC offset assumed for "${place}"`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnight = Date.UTC(y, m - 1, d) - offset * HOUR;
  const [h0, h1] = partOfDay ? a.partOfDay[partOfDay] : [0, 24];
  return [midnight + h0 * HOUR, midnight + h1 * HOUR];
}

/** One event per place, the windows of its claims intersected. */
export function timelineEvents(
  claims: Claim[],
  a: TimelineAssumptions = ASSUMPTIONS,
): TimelineEvent[] {
  const byPlace = new Map<string, TimelineEvent>();
  for (const c of claims) {
    if (c.kind !== 'datetime') continue;
    const w = claimWindow(c, a);
    const place = c.places[0];
    if (!w || !place) continue;
    const e = byPlace.get(place);
    if (!e) byPlace.set(place, { place, start: w[0], end: w[1], claims: [c.id] });
    else {
      e.start = Math.max(e.start, w[0]);
      e.end = Math.min(e.end, w[1]);
      e.claims.push(c.id);
    }
  }
  return [...byPlace.values()];
}

/** The stretches between consecutive events, in travel order along the route from `origin`. */
export function timelineStretches(
  events: TimelineEvent[],
  net: RailNetwork,
  origin: string,
): TimelineStretch[] {
  const along = (p: string) => (net.hasNode(p) ? net.distance(origin, p).km : Number.NaN);
  const ordered = events
    .filter((e) => net.hasNode(e.place))
    .sort((x, y) => along(x.place) - along(y.place));
  const out: TimelineStretch[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const from = ordered[i - 1] as TimelineEvent;
    const to = ordered[i] as TimelineEvent;
    const rail = net.distance(from.place, to.place);
    const p = rail.published;
    const km = p ? p.km : rail.km;
    const basis = p ? (p.complete ? 'published' : 'published, partly measured') : 'measured';
    const minHours = Math.max(0, (to.start - from.end) / HOUR);
    const maxHours = Math.max(0, (to.end - from.start) / HOUR);
    out.push({
      from,
      to,
      rail,
      km,
      basis,
      minHours,
      maxHours,
      impliedKmh: [impliedKmh(km, maxHours), impliedKmh(km, minHours)],
    });
  }
  return out;
}

/** Hours for a stretch at a speed, and whether that fits the most time the windows allow. */
export function stretchAtSpeed(s: TimelineStretch, kmh: number): { hours: number; fits: boolean } {
  const hours = hoursAt(s.km, kmh);
  return { hours, fits: hours <= s.maxHours };
}

/** The least average speed that keeps every reported time: the most demanding stretch. */
export function requiredKmh(stretches: TimelineStretch[]): number {
  return Math.max(0, ...stretches.map((s) => s.impliedKmh[0]));
}

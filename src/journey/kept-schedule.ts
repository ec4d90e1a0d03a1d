/**
 * The replay's schedule that keeps the reported times: the train runs at the chosen speed, waits
 * at a place until the earliest time the articles allow it there, and leaves when it can still
 * make every latest time; or the first latest time a speed cannot keep, and why.
 */
import { type Dwell, makeSchedule, type Schedule } from './schedule';
import type { PropagatedWindow } from './timeline';

const HOUR = 3_600_000;

/** A latest reported time the schedule misses, and what made it late. */
export interface MissedTime {
  place: string;
  km: number;
  /** The latest time the articles allow there, and when the train reaches it. */
  end: number;
  reach: number;
  /** Where the train last set off from and when: the departure, or a wait's end. */
  since: { place: string | null; km: number; t: number; wait: boolean };
  /** The least speed that reaches it in time from there (Infinity: no time is left). */
  needKmh: number;
}

/** A schedule that waits where the reported times ask it to, and what it cannot keep. */
export interface KeptSchedule extends Schedule {
  /** The waits added to the story's own stops: at a place until its earliest reported time. */
  waits: Dwell[];
  /** The first latest time missed (null: every reported time is kept). */
  missed: MissedTime | null;
}

/** What the schedule needs of the replay's base. */
export interface KeepInputs {
  events: PropagatedWindow[];
  dwells: Dwell[];
  totalKm: number;
  /** The departure choices (a 3-hour grid over the first place's reported day), may be empty. */
  departures: number[];
  /** When nothing in the story dates the journey. */
  fallback: number;
}

type Point = { kind: 'event'; e: PropagatedWindow } | { kind: 'dwell'; d: Dwell };

const pointsOf = (i: KeepInputs): { km: number; p: Point }[] =>
  [
    ...i.events.map((e) => ({ km: e.km, p: { kind: 'event' as const, e } })),
    ...i.dwells.map((d) => ({ km: d.km, p: { kind: 'dwell' as const, d } })),
  ].sort((a, b) => a.km - b.km || (a.p.kind === 'event' ? -1 : 1));

/**
 * Hours from the departure to each reported place at a speed, with the story's own stops on the
 * way and no wait (the run alone).
 */
function runHours(i: KeepInputs, speedKmh: number): { e: PropagatedWindow; hours: number }[] {
  let hours = 0;
  let km = 0;
  const out: { e: PropagatedWindow; hours: number }[] = [];
  for (const { p } of pointsOf(i)) {
    const at = p.kind === 'event' ? p.e.km : p.d.km;
    hours += (at - km) / speedKmh;
    km = at;
    if (p.kind === 'event') out.push({ e: p.e, hours });
    else hours += p.d.hours;
  }
  return out;
}

/**
 * The departure that keeps the reported times at a speed: as late as every latest time allows
 * (so the train waits as little as it can), never before it would only wait, and within the
 * first place's reported day; on the departure grid when there is one.
 */
export function keptDeparture(i: KeepInputs, speedKmh: number): number {
  const runs = runHours(i, speedKmh);
  const origin = i.events.find((e) => e.km === 0);
  let lo = Number.NEGATIVE_INFINITY; // the earliest departure that needs no wait
  let hi = origin ? origin.end : Number.POSITIVE_INFINITY; // the latest that keeps every end
  for (const { e, hours } of runs) {
    lo = Math.max(lo, e.start - hours * HOUR);
    hi = Math.min(hi, e.end - hours * HOUR);
  }
  const earliest = origin ? origin.start : Number.NEGATIVE_INFINITY;
  let target = Math.min(Math.max(lo, earliest), hi);
  if (target < earliest) target = earliest;
  if (!Number.isFinite(target)) return i.fallback;
  if (i.departures.length > 1) {
    const below = i.departures.filter((t) => t <= target + 1);
    return below.at(-1) ?? (i.departures[0] as number);
  }
  return Math.floor(target / HOUR) * HOUR;
}

/** The schedule from a departure at a speed, waiting where the reported times ask it to. */
export function keptSchedule(i: KeepInputs, speedKmh: number, departure: number): KeptSchedule {
  const waits: Dwell[] = [];
  let missed: MissedTime | null = null;
  let t = departure;
  let km = 0;
  let since: MissedTime['since'] = { place: null, km: 0, t: departure, wait: false };
  for (const { p } of pointsOf(i)) {
    const at = p.kind === 'event' ? p.e.km : p.d.km;
    t += ((at - km) / speedKmh) * HOUR;
    km = at;
    if (p.kind === 'dwell') {
      t += p.d.hours * HOUR;
      continue;
    }
    const e = p.e;
    if (km === 0) since = { place: e.place, km: 0, t: departure, wait: false };
    if (t < e.start) {
      waits.push({ place: e.place, km: e.km, hours: (e.start - t) / HOUR });
      t = e.start;
      since = { place: e.place, km: e.km, t, wait: true };
    }
    if (!missed && t > e.end + 60_000) {
      const stops = i.dwells.filter((d) => d.km >= since.km && d.km < e.km);
      const hours = (e.end - since.t) / HOUR - stops.reduce((h, d) => h + d.hours, 0);
      const needKmh = hours > 0 ? (e.km - since.km) / hours : Number.POSITIVE_INFINITY;
      missed = { place: e.place, km: e.km, end: e.end, reach: t, since, needKmh };
    }
  }
  const s = makeSchedule({
    departure,
    speedKmh,
    totalKm: i.totalKm,
    dwells: [...i.dwells, ...waits],
  });
  return { ...s, waits, missed };
}

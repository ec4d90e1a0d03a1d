import type { PropagatedWindow } from './timeline';

const HOUR = 3_600_000;

/** A reported stop that holds the train, at its km on the route. */
export interface Dwell {
  place: string;
  km: number;
  hours: number;
}

/** The train at a constant speed from a departure time, holding at the dwells. */
export interface Schedule {
  departure: number;
  speedKmh: number;
  totalKm: number;
  dwells: Dwell[];
  /** When it reaches the end of the route. */
  arrival: number;
}

export function makeSchedule(o: Omit<Schedule, 'arrival'>): Schedule {
  const dwells = [...o.dwells].filter((d) => d.km >= 0 && d.km <= o.totalKm);
  dwells.sort((a, b) => a.km - b.km);
  const hours = o.totalKm / o.speedKmh + dwells.reduce((s, d) => s + d.hours, 0);
  return { ...o, dwells, arrival: o.departure + hours * HOUR };
}

/** km along the route at a time (clamped to the route): never decreasing in time. */
export function kmAt(s: Schedule, t: number): number {
  let left = Math.max(0, (t - s.departure) / HOUR);
  let km = 0;
  for (const d of s.dwells) {
    const run = (d.km - km) / s.speedKmh;
    if (left <= run) return km + left * s.speedKmh;
    left -= run;
    km = d.km;
    if (left <= d.hours) return km;
    left -= d.hours;
  }
  return Math.min(s.totalKm, km + left * s.speedKmh);
}

/** When the train reaches a km (the first moment, before any dwell there). */
export function timeAtKm(s: Schedule, km: number): number {
  let hours = 0;
  let at = 0;
  for (const d of s.dwells) {
    if (d.km >= km) break;
    hours += (d.km - at) / s.speedKmh + d.hours;
    at = d.km;
  }
  return s.departure + (hours + (Math.min(km, s.totalKm) - at) / s.speedKmh) * HOUR;
}

/**
 * Where the train must be at a time if every reported time is true: past every place whose
 * latest time has gone, and short of every place whose earliest time has not come.
 */
export interface Band {
  lo: number;
  hi: number;
  /** The places that bound it (null at the ends of the route). */
  loPlace: string | null;
  hiPlace: string | null;
}

export function allowedBand(events: PropagatedWindow[], t: number, totalKm: number): Band {
  const band: Band = { lo: 0, hi: totalKm, loPlace: null, hiPlace: null };
  for (const e of events) {
    if (e.end <= t && e.km >= band.lo) {
      band.lo = e.km;
      band.loPlace = e.place;
    }
    if (e.start >= t && e.km <= band.hi) {
      band.hi = e.km;
      band.hiPlace = e.place;
    }
  }
  return band;
}

/** The train against the band: ahead of every reported time, behind it, or within. */
export function againstBand(km: number, b: Band): 'ahead' | 'behind' | 'within' {
  if (km > b.hi + 0.5) return 'ahead';
  if (km < b.lo - 0.5) return 'behind';
  return 'within';
}

import { ASSUMPTIONS, type Demand } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import { formatDistance, formatSpeed, type Units } from './format';

const HOUR = 3_600_000;
const DAY = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** The UTC offset the timeline assumes for a place, as "UTC+10". */
export function zoneOf(place: string): string {
  const o = ASSUMPTIONS.utcOffset[place] ?? 0;
  return `UTC${o < 0 ? '−' : '+'}${Math.abs(o)}`;
}

/**
 * A moment in a place's local time: "Tue 12 Sep 06:00". The end of a window that falls on
 * midnight reads as 24:00 of the day before ("Wed 13 Sep 24:00").
 */
export function localTime(t: number, place: string, end = false): string {
  const local = t + (ASSUMPTIONS.utcOffset[place] ?? 0) * HOUR;
  const d = new Date(local);
  if (end && d.getUTCHours() === 0 && d.getUTCMinutes() === 0)
    return `${DAY.format(new Date(local - HOUR))} 24:00`;
  return `${DAY.format(d)} ${CLOCK.format(d)}`;
}

/** A least average speed, or "no speed" when the windows leave no time at all. */
export function leastSpeed(d: Demand, units: Units): string {
  return Number.isFinite(d.kmh) ? formatSpeed(d.kmh, units) : 'no speed';
}

/** The reported times that bind a demand, named: place, bound and local time. */
export function bindingTimes(d: Demand, name: (id: string) => string): string {
  return `${name(d.from)} no earlier than ${localTime(d.start, d.startBy)} (${zoneOf(d.startBy)}${d.startBy === d.from ? '' : `, as reported for ${name(d.startBy)}`}) → ${name(d.to)} no later than ${localTime(d.end, d.endBy, true)} (${zoneOf(d.endBy)}${d.endBy === d.to ? '' : `, as reported for ${name(d.endBy)}`})`;
}

/** "39 km/h: 1,696 km in at most 43 h, …" */
export function demandWords(d: Demand, units: Units, name: (id: string) => string): string {
  const time = d.hours > 0 ? `in at most ${formatDuration(d.hours)}` : 'with no time left';
  return `${leastSpeed(d, units)} (${formatDistance(d.km, units)} ${time}: ${bindingTimes(d, name)})`;
}

import { ASSUMPTIONS, type Demand } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import { formatDistance, formatSpeed, type Units } from './format';

const HOUR = 3_600_000;
// Spelled out here, not left to Intl: ICU versions differ ("Sep" or "Sept"), and the same words
// must come out of every browser and of Node.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

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
    return `${day(new Date(local - HOUR))} 24:00`;
  return `${day(d)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
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

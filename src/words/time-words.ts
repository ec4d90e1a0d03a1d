import type { Units } from '../journey/choices';
import { formatDistance, formatSpeed } from '../journey/format';
import type { Demand } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import { localParts, utcOffsetHours } from '../journey/zones';

// Spelled out here, not left to Intl: ICU versions differ ("Sep" or "Sept"), and the same words
// must come out of every browser and of Node.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Each place's time zone (IANA), from the story. */
export type Zones = Record<string, string>;

/** The offset of a zone at an instant, as "UTC+10". */
export function offsetLabel(t: number, tz: string | undefined): string {
  if (!tz) return 'UTC';
  const o = utcOffsetHours(t, tz);
  const h = Math.trunc(Math.abs(o));
  const m = Math.round((Math.abs(o) - h) * 60);
  return `UTC${o < 0 ? '−' : '+'}${h}${m ? `:${two(m)}` : ''}`;
}

/**
 * A moment in a zone's local time: "Tue 12 Sep 06:00". The end of a window that falls on
 * midnight reads as 24:00 of the day before ("Wed 13 Sep 24:00").
 */
export function localTime(t: number, tz: string | undefined, end = false): string {
  const zone = tz ?? 'UTC';
  let p = localParts(t, zone);
  if (end && p.hour === 0 && p.minute === 0) {
    p = localParts(t - 3_600_000, zone);
    return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} 24:00`;
  }
  return `${WEEKDAYS[p.weekday]} ${p.day} ${MONTHS[p.month - 1]} ${two(p.hour)}:${two(p.minute)}`;
}

/** A least average speed, or "no speed" when the windows leave no time at all. */
export function leastSpeed(d: Demand, units: Units): string {
  return Number.isFinite(d.kmh) ? formatSpeed(d.kmh, units) : 'no speed';
}

/** The reported times that bind a demand, named: place, bound and local time. */
export function bindingTimes(d: Demand, name: (id: string) => string, zones: Zones): string {
  const side = (place: string, by: string, t: number, end: boolean) =>
    `${name(place)} no ${end ? 'later' : 'earlier'} than ${localTime(t, zones[by], end)} (${offsetLabel(t, zones[by])}${by === place ? '' : `, as reported for ${name(by)}`})`;
  return `${side(d.from, d.startBy, d.start, false)} → ${side(d.to, d.endBy, d.end, true)}`;
}

/** "at least 39 km/h", or, where the reported days leave no time, that no speed is enough. */
export function atLeast(d: Demand, units: Units): string {
  return Number.isFinite(d.kmh) ? `at least ${leastSpeed(d, units)}` : 'more than any speed';
}

/** "at least 39 km/h (1,696 km in at most 43 h: …)", or "more than any speed (… with no time left: …)" */
export function atLeastDemand(
  d: Demand,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): string {
  return Number.isFinite(d.kmh)
    ? `at least ${demandWords(d, units, name, zones)}`
    : `more than any speed (${formatDistance(d.km, units)} with no time left: ${bindingTimes(d, name, zones)})`;
}

/** "39 km/h (1,696 km in at most 43 h: …)" */
export function demandWords(
  d: Demand,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): string {
  const time = d.hours > 0 ? `in at most ${formatDuration(d.hours)}` : 'with no time left';
  return `${leastSpeed(d, units)} (${formatDistance(d.km, units)} ${time}: ${bindingTimes(d, name, zones)})`;
}

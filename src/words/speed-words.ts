import type { ClaimResult } from '../journey/claims';
import { formatDistance, formatSpeed, type Units } from '../journey/format';
import type { Greatest } from '../journey/speed-bounds';
import { formatDuration } from '../journey/travel-time';
import { roundingOf } from '../journey/verdict';
import { preciseSpeed } from './happened-words';
import {
  atLeast,
  atLeastDemand,
  leastSpeed,
  localTime,
  offsetLabel,
  type Zones,
} from './time-words';

type SpeedResult = Extract<ClaimResult, { check: 'speed' }>;

/** "130 km/h (1,696 km in at least 13 h: border no later than … → … no earlier than …)" */
export function greatestWords(
  g: Greatest,
  km: number,
  from: string,
  to: string,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): string {
  const side = (place: string, by: string, t: number, later: boolean) =>
    `${name(place)} no ${later ? 'later' : 'earlier'} than ${localTime(t, zones[by], later)} (${offsetLabel(t, zones[by])})`;
  return `${formatSpeed(g.kmh, units)} (${formatDistance(km, units)} in at least ${formatDuration(g.hours)}: ${side(from, g.startBy, g.start, true)} → ${side(to, g.endBy, g.end, false)})`;
}

/** The cells and the reason of a speed claim, in the reader's units. */
export function speedWords(
  r: SpeedResult,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): { computed: string; difference: string; explanation: string } {
  const { least, greatest } = r.bounds;
  if (!least) return { computed: '—', difference: '—', explanation: 'No dated events.' };
  const speed = formatSpeed(r.reportedKmh, units);
  const computed = greatest
    ? `${leastSpeed(least, units)} to ${formatSpeed(greatest.kmh, units)} on average`
    : `${atLeast(least, units)} on average`;
  const most = greatest
    ? ` and at most ${greatestWords(greatest, least.km, least.from, least.to, units, name, zones)}`
    : ' (no later time bounds it from above)';
  const band = `${formatSpeed(r.reportedKmh, units)} covers ${formatSpeed(r.reportedKmh - r.rounding, units).replace(/ \S+$/, '')}–${formatSpeed(r.reportedKmh + r.rounding, units)}`;
  const byRounding =
    r.reportedKmh < least.kmh || (greatest !== null && r.reportedKmh > greatest.kmh);
  const against =
    r.against === 'below'
      ? `${speed} is below it, even at the top of its rounding (${band}): too slow to keep the reported times, even without a stop.`
      : r.against === 'above'
        ? `${speed} is above it, even at the bottom of its rounding (${band}): at that average the train would arrive before the reported times allow.`
        : byRounding
          ? `${speed} itself is outside it, but its own rounding (${band}) reaches it: consistent with the reported days, which cannot settle it.`
          : `${speed} lies between: consistent with the reported days, which cannot settle it.`;
  // What each printed figure stands for: half a unit of its last digit either side, in the
  // reader's units ("50 km/h covers 45–55 km/h"; "31 mph covers 28–34 mph").
  const range = (kmh: number) => {
    const d = roundingOf(kmh);
    const fmt = (v: number) => (d >= 1 ? formatSpeed(v, units) : preciseSpeed(v, units));
    return `${formatSpeed(kmh, units)} covers ${fmt(kmh - d).replace(/ \S+$/, '')}–${fmt(kmh + d)}`;
  };
  const disagree =
    r.disagrees.length > 0
      ? ` The articles disagree: ${r.disagrees.map((d) => `${d.short} gives ${formatSpeed(d.kmh, units)}`).join(', ')}, further from ${speed} than the rounding of either figure (${[r.reportedKmh, ...r.disagrees.map((d) => d.kmh)].map(range).join('; ')}): they cannot both be right.`
      : '';
  return {
    computed,
    difference:
      r.against === 'below' ? 'too slow' : r.against === 'above' ? 'too fast' : 'within the bounds',
    explanation: `Read as the train’s average, stops included, on the stretch that demands the most: the reported days allow ${atLeastDemand(least, units, name, zones)}${most}. ${against}${disagree}`,
  };
}

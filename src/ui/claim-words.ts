import type { ClaimResult } from '../journey/claims';
import { formatDistance, formatPercent, formatSpeed, type Units } from '../journey/format';
import { reportedText } from '../journey/reported-text';
import { formatDuration } from '../journey/travel-time';
import { makeupWords } from './figure-words';
import { demandWords, leastSpeed, localTime, type Zones } from './time-words';

const COMPASS_WORDS: Record<string, string> = {
  N: 'north',
  NNE: 'north-north-east',
  NE: 'north-east',
  ENE: 'east-north-east',
  E: 'east',
  ESE: 'east-south-east',
  SE: 'south-east',
  SSE: 'south-south-east',
  S: 'south',
  SSW: 'south-south-west',
  SW: 'south-west',
  WSW: 'west-south-west',
  W: 'west',
  WNW: 'west-north-west',
  NW: 'north-west',
  NNW: 'north-north-west',
};

export interface ClaimWords {
  reported: string;
  computed: string;
  difference: string;
  explanation: string;
}

/** Words and figures for one ledger row, in the reader's units. */
export function claimWords(
  r: ClaimResult,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): ClaimWords {
  const d = (km: number) => formatDistance(km, units);
  const [subject, ref] = r.claim.places.map(name);
  const reported =
    r.claim.kind === 'direction'
      ? r.claim.reported.direction
        ? (COMPASS_WORDS[r.claim.reported.direction] ?? '')
        : ''
      : reportedText(r.claim, units);
  switch (r.check) {
    case 'distance': {
      const rail = r.rail
        ? `${d(r.rail.km)} by rail${r.rail.makeup.approximate > 0 ? ' (part approx.)' : ''}`
        : 'no rail distance';
      const diffs = r.comparisons.map(
        (c) =>
          `${formatPercent(c.diffRel, true)} vs ${c.basis === 'straight' ? 'straight line' : 'rail'}`,
      );
      const nearest = [...r.comparisons].sort(
        (x, y) => Math.abs(x.diffRel) - Math.abs(y.diffRel),
      )[0]?.basis;
      const closest = r.belowStraight
        ? `Impossible: ${d(r.reportedKm)} is shorter than the straight line, and no route between two places is shorter than the straight line between them.`
        : r.closest === 'neither'
          ? `It matches neither the straight line nor the rail distance within 10%; closest: ${nearest === 'rail' ? 'the rail distance' : 'the straight line'}. This map has no road distances.`
          : `It matches the ${r.closest === 'rail' ? 'rail distance' : 'straight line'}.`;
      const miles = r.miles
        ? r.miles.agrees
          ? ' The article’s km and miles figures agree with each other.'
          : ` The article’s miles figure does not match its km figure (${r.miles.mi} miles is ${formatDistance(r.miles.asKm, 'km')}).`
        : '';
      const railNote = r.rail ? ` Rail: ${makeupWords(r.rail.makeup, units)}.` : '';
      return {
        reported,
        computed: `${d(r.straightKm)} straight line · ${rail}`,
        difference: diffs.join('; '),
        explanation: `${subject}–${ref}: ${d(r.straightKm)} in a straight line, ${rail}. ${closest}${miles}${railNote}`,
      };
    }
    case 'direction':
      return {
        reported,
        computed: `${COMPASS_WORDS[r.compass]} (${Math.round(r.bearing)}°)`,
        difference: `${Math.round(r.degreesOff)}° off`,
        explanation: `Seen from ${ref}, ${subject} lies ${COMPASS_WORDS[r.compass]} (initial bearing ${Math.round(r.bearing)}°), ${Math.round(r.degreesOff)}° from ${COMPASS_WORDS[r.claimed]}.`,
      };
    case 'circuitous':
      return {
        reported,
        computed: `${r.ratio.toFixed(2)}× the straight line`,
        difference: `${formatPercent(r.ratio - 1, true)} longer`,
        explanation: `By rail ${d(r.railKm)} against ${d(r.straightKm)} in a straight line: ${r.ratio.toFixed(2)} times as far.`,
      };
    case 'duration':
      return {
        reported,
        computed: `${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}`,
        difference: '—',
        explanation: `${d(r.railKm)} by rail from ${subject} to ${ref}: ${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}.`,
      };
    case 'speed':
      return {
        reported,
        computed: `needs at least ${leastSpeed(r.demand, units)} on average`,
        difference: r.reportedKmh >= r.requiredKmh ? 'fast enough' : 'too slow',
        explanation: `To keep to every time the articles report, taken in travel order, the train needs an average of at least ${demandWords(r.demand, units, name, zones)}. ${formatSpeed(r.reportedKmh, units)} is ${r.reportedKmh >= r.requiredKmh ? 'enough' : 'not enough'}.`,
      };
    case 'timeline':
      return timelineWords(r, reported, units, name, zones);
    case 'none':
      return { reported, computed: '—', difference: '—', explanation: `Not checked: ${r.reason}.` };
  }
}

/** A dated claim: the window in travel order, what it demands, and whether the train keeps it. */
function timelineWords(
  r: Extract<ClaimResult, { check: 'timeline' }>,
  reported: string,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): ClaimWords {
  const e = r.event;
  const tz = (place: string) => zones[place];
  const window = e.possible
    ? `Taken in travel order with the other reported times, the train was at ${name(e.place)} between ${localTime(e.start, tz(e.startBy))} and ${localTime(e.end, tz(e.endBy), true)} local time.`
    : `Taken in travel order with the other reported times, no moment is left for the train to be at ${name(e.place)}: the earliest time (${localTime(e.start, tz(e.startBy))}) comes after the latest (${localTime(e.end, tz(e.endBy), true)}).`;
  const forecast = r.forecast
    ? ` This is a forecast, not a report. ${
        r.forecast.without
          ? `Without it, the reported days demand at least ${demandWords(r.forecast.without, units, name, zones)}`
          : 'Without it, too few times are left to demand any speed'
      }${r.forecast.with ? `, instead of ${leastSpeed(r.forecast.with, units)}` : ''}.`
    : '';
  if (!r.demand || r.hours === null)
    return {
      reported,
      computed: '—',
      difference: '—',
      explanation: `${window} No other dated place to set it against.${forecast}`,
    };
  const dm = r.demand;
  const impossible =
    r.impossible === 'no window' || r.impossible === 'no time'
      ? ' Impossible: no speed keeps these reported times.'
      : r.impossible === 'too fast'
        ? ` Impossible: that is faster than any speed reported for this train (${formatSpeed(r.topKmh ?? 0, units)}).`
        : '';
  const fits = r.hours <= dm.hours;
  return {
    reported,
    computed: `needs ≥ ${leastSpeed(dm, units)} on average`,
    difference: `${name(dm.from)} → ${name(dm.to)}: ${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}, ${fits ? 'fits' : 'too slow'}`,
    explanation: `${window} With the other times it demands at least ${demandWords(dm, units, name, zones)}.${impossible} At ${formatSpeed(r.speedKmh, units)} the train takes ${formatDuration(r.hours)}, ${fits ? 'which fits' : 'which is too slow'}.${forecast}`,
  };
}

import type { ClaimResult } from '../journey/claims';
import { formatDistance, formatPercent, formatSpeed, type Units } from '../journey/format';
import { reportedText } from '../journey/reported-text';
import { formatDuration } from '../journey/travel-time';
import { COMPASS_WORDS } from './compass-words';
import { makeupWords } from './figure-words';
import { speedWords } from './speed-words';
import { demandWords, leastSpeed, localTime, type Zones } from './time-words';

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
        : 'by rail: no track data';
      const diffs = r.comparisons.map(
        (c) =>
          `${formatPercent(c.diffRel, true)} vs ${c.basis === 'straight' ? 'straight line' : 'rail'}`,
      );
      const nearest = [...r.comparisons].sort(
        (x, y) => Math.abs(x.diffRel) - Math.abs(y.diffRel),
      )[0]?.basis;
      const road = r.claim.kind === 'road-distance';
      const what = r.basis === 'track' ? (road ? 'A road' : 'A rail') : 'A';
      const closest = r.belowStraight
        ? `Impossible: ${d(r.reportedKm)} is shorter than the straight line${r.basis === 'track' ? '' : ' by more than its rounding'}, and no route between two places is shorter than the straight line between them.`
        : r.basis === 'track' && (road || !r.rail)
          ? `${what} figure no shorter than the straight line: ${road ? 'this map has no road distances' : 'there is no track data to measure it'}, and nothing refutes it (consistent).`
          : r.basis === 'straight'
            ? `Set against the straight line, as the article gives it: ${r.verdict}.`
            : r.basis === 'track'
              ? `Set against the railway’s figure, as the article gives a rail distance: ${r.verdict}.`
              : r.closest === 'neither'
                ? `The article does not say which distance it means; it matches neither the straight line nor the rail distance within 10%; closest: ${nearest === 'rail' ? 'the rail distance' : 'the straight line'}. This map has no road distances.`
                : `The article does not say which distance it means; it matches the ${r.closest === 'rail' ? 'rail distance' : 'straight line'}.`;
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
    case 'direction': {
      const sector = COMPASS_WORDS[r.sector];
      const claimed = COMPASS_WORDS[r.claimed];
      const off =
        r.sectorsOff === 0
          ? `in the ${claimed} sector`
          : `${r.sectorsOff} sector${r.sectorsOff === 1 ? '' : 's'} off`;
      return {
        reported,
        computed: `${COMPASS_WORDS[r.compass]} (${Math.round(r.bearing)}°)`,
        difference: off,
        explanation: `Seen from ${ref}, ${subject} lies ${COMPASS_WORDS[r.compass]} (initial bearing ${Math.round(r.bearing)}°). On the ${r.points}-point compass the article uses (sectors ${360 / r.points}° wide), that is the ${sector} sector${r.sectorsOff === 0 ? `, the article’s own: it holds` : `, ${r.sectorsOff === 1 ? 'next to' : `${r.sectorsOff} sectors from`} ${claimed}: ${r.verdict}`}.`,
      };
    }
    case 'circuitous':
      return {
        reported,
        computed: `${r.ratio.toFixed(2)}× the straight line`,
        difference: `${formatPercent(r.ratio - 1, true)} longer`,
        explanation: `By rail ${d(r.railKm)} against ${d(r.straightKm)} in a straight line: ${r.ratio.toFixed(2)} times as far.`,
      };
    case 'duration': {
      const by = r.basis === 'rail' ? 'by rail' : 'in a straight line (by rail: no track data)';
      const at = r.times
        .map((t) => `${formatDuration(t.hours)} at ${formatSpeed(t.kmh, units)} (${t.by})`)
        .join(', ');
      return {
        reported,
        computed: `${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}`,
        difference: r.reportedHours === null ? '—' : `reported ${formatDuration(r.reportedHours)}`,
        explanation: `${d(r.km)} ${by} from ${subject} to ${ref}: ${at}.${r.reportedHours === null ? '' : ` The reported ${formatDuration(r.reportedHours)} ${r.verdict === 'holds' ? 'lies within 10% of that span: it holds' : `is outside that span: ${r.verdict}`}.`}`,
      };
    }
    case 'speed':
      return { reported, ...speedWords(r, units, name, zones) };
    case 'elapsed':
      return {
        reported,
        computed: `${r.years.toFixed(1)} years`,
        difference: `${r.since} → ${r.until}`,
        explanation: `From ${r.claim.since?.what ?? r.since} (${r.since}) to the article’s date (${r.until}): ${r.years.toFixed(1)} years${r.claim.since ? ` (the earlier date from ${r.claim.since.source.outlet})` : ''}: ${r.verdict}.`,
      };
    case 'timeline':
      return timelineWords(r, reported, units, name, zones);
    case 'none':
      return { reported, computed: '—', difference: '—', explanation: `No figure: ${r.reason}.` };
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
  const soft = r.soft
    ? ' Read strictly, no speed keeps it; but only a part of day’s edge rules it out, and a part of day is a way of speaking, not a clock: loose.'
    : '';
  if (!r.demand || r.hours === null)
    return {
      reported,
      computed: '—',
      difference: '—',
      explanation: `${window} No other dated place to set it against.${soft}${forecast}`,
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
    explanation: `${window} With the other times it demands at least ${demandWords(dm, units, name, zones)}.${impossible}${soft} At ${formatSpeed(r.speedKmh, units)} the train takes ${formatDuration(r.hours)}, ${fits ? 'which fits' : 'which is too slow'}.${forecast}`,
  };
}

import type { ClaimResult } from '../journey/claims';
import { formatDistance, formatPercent, formatSpeed, type Units } from '../journey/format';
import { reportedText } from '../journey/reported-text';
import { formatDuration } from '../journey/travel-time';
import { THRESHOLDS } from '../journey/verdict';
import { COMPASS_WORDS } from './compass-words';
import { makeupWords, railFigureWords } from './figure-words';
import { speedWords } from './speed-words';
import { atLeastDemand, leastSpeed, localTime, type Zones } from './time-words';

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
      const rail = r.rail ? railFigureWords(r.rail.km, r.rail.makeup, d) : 'by rail: no track data';
      const diffs = r.comparisons.map(
        (c) =>
          `${formatPercent(c.diffRel, true)} vs ${c.basis === 'straight' ? 'straight line' : 'rail'}`,
      );
      const nearest = [...r.comparisons].sort(
        (x, y) => Math.abs(x.diffRel) - Math.abs(y.diffRel),
      )[0]?.basis;
      const road = r.claim.kind === 'road-distance';
      const what = r.basis === 'track' ? (road ? 'A road' : 'A rail') : 'A';
      const band = `${reported} covers ${d(r.reportedKm - r.rounding).replace(/ \S+$/, '')}–${d(r.reportedKm + r.rounding)}`;
      const judged = r.comparisons.find((c) =>
        r.basis === 'straight'
          ? c.basis === 'straight'
          : r.basis === 'track'
            ? c.basis === 'rail'
            : c.basis === nearest,
      );
      const withinRounding =
        r.verdict === 'loose' && judged && Math.abs(judged.diffRel) > THRESHOLDS.loose
          ? ` Its own rounding (${band}) reaches ${d(judged.km)}: at worst loose.`
          : '';
      const closest = r.belowStraight
        ? r.basis === 'track'
          ? `Impossible: ${d(r.reportedKm)} is shorter than the ${d(r.straightKm)} straight line between the points it names, even at the top of its rounding, and no ${road ? 'road' : 'track'} between two points is shorter than the straight line between them.`
          : `Does not hold: the usual measure between ${subject} and ${ref} is the ${d(r.straightKm)} straight line between the points this map gives them, and no route between those points is shorter; ${reported} falls ${formatPercent(-(r.comparisons[0]?.diffRel ?? 0))} short of it (${d(r.reportedKm + r.rounding)} at the top of its rounding). Only a measure to another point of a place (a city’s edge, say) could make it true, so it is not impossible.`
        : r.basis === 'track' && (road || !r.rail)
          ? `${what} figure no shorter than the straight line: ${road ? 'this map has no road distances' : 'there is no track data to measure it'}, and nothing refutes it (consistent).`
          : r.basis === 'straight'
            ? `Set against the straight line, as the article gives it: ${r.verdict}.${withinRounding}`
            : r.basis === 'track'
              ? `Set against the railway’s figure, as the article gives a rail distance: ${r.verdict}.${withinRounding}`
              : r.closest === 'neither'
                ? `The article does not say which distance it means; it matches neither the straight line nor the rail distance within ${formatPercent(THRESHOLDS.holds)}; closest: ${nearest === 'rail' ? 'the rail distance' : 'the straight line'}. This map has no road distances.${withinRounding}`
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
      const by =
        r.basis === 'rail'
          ? 'by rail'
          : r.basis === 'stops'
            ? 'along its stops (the straight line between stops where there is no track)'
            : 'in a straight line (by rail: no track data)';
      const at = r.times
        .map((t) => `${formatDuration(t.hours)} at ${formatSpeed(t.kmh, units)} (${t.by})`)
        .join(', ');
      return {
        reported,
        computed: `${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}`,
        difference: r.reportedHours === null ? '—' : `reported ${formatDuration(r.reportedHours)}`,
        explanation: `${d(r.km)} ${by} from ${subject} to ${ref}: ${at}.${r.reportedHours === null ? '' : ` The reported ${formatDuration(r.reportedHours)} ${r.verdict === 'holds' ? `lies within ${formatPercent(THRESHOLDS.holds)} of that span: it holds` : `is outside that span: ${r.verdict}`}.`}`,
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
    case 'first-since': {
      const { since, firstSince } = r.claim;
      const gap = `${Math.abs(Math.round(r.daysBefore)).toLocaleString('en-GB')} days`;
      return {
        reported,
        computed: `last: ${r.last}`,
        difference: `${gap} ${r.daysBefore > 0 ? 'before' : 'after'} ${r.event}`,
        explanation: `The last such trip before this one, ${since?.what ?? r.last} (${r.last}${since ? `, from ${since.source.outlet}` : ''}), came ${gap} ${r.daysBefore > 0 ? 'before' : 'after'} ${firstSince?.what ?? r.event} (${r.event}${firstSince ? `, from ${firstSince.source.outlet}` : ''}): ${r.daysBefore > 0 ? 'this is the first since, and it holds' : 'so this is not the first since: it does not hold'}.`,
      };
    }
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
  const from = Number.isFinite(e.start)
    ? `between ${localTime(e.start, tz(e.startBy))} and ${localTime(e.end, tz(e.endBy), true)}`
    : `no later than ${localTime(e.end, tz(e.endBy), true)}`;
  const window = e.possible
    ? `Taken in travel order with the other reported times, the train was at ${name(e.place)} ${from} local time.`
    : `Taken in travel order with the other reported times, no moment is left for the train to be at ${name(e.place)}: the earliest time (${localTime(e.start, tz(e.startBy))}) comes after the latest (${localTime(e.end, tz(e.endBy), true)}).`;
  const forecast = r.forecast
    ? ` This is a forecast, not a report. ${
        r.forecast.without
          ? `Without it, the reported days demand ${atLeastDemand(r.forecast.without, units, name, zones)}`
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
  const impossible = r.impossible
    ? ' Impossible: no speed keeps these reported times.'
    : r.tooFast
      ? ` That is faster than any speed reported for this train (${formatSpeed(r.topKmh ?? 0, units)} at the top of its rounding): it does not hold.`
      : r.verdict === 'consistent'
        ? ' It fits the other reported times at a possible speed: consistent. This map measures no day; only what happened can make it hold.'
        : '';
  const fits = r.hours <= dm.hours;
  return {
    reported,
    computed: `needs ≥ ${leastSpeed(dm, units)} on average`,
    difference: `${name(dm.from)} → ${name(dm.to)}: ${formatDuration(r.hours)} at ${formatSpeed(r.speedKmh, units)}, ${fits ? 'fits' : 'too slow'}`,
    explanation: `${window} With the other times it demands ${atLeastDemand(dm, units, name, zones)}.${impossible}${soft} At ${formatSpeed(r.speedKmh, units)} the train takes ${formatDuration(r.hours)}, ${fits ? 'which fits' : 'which is too slow for these times'}.${forecast}`,
  };
}

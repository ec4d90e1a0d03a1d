import type { Outcome } from '../data/outcomes-schema';
import type { ClaimResult, Settlement } from '../journey/claims';
import { CRAWL_KMH, type FixedBound } from '../journey/fixed-points';
import { formatDistance, formatSpeed, type Units } from '../journey/format';
import type { Timeline } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import { localTime, type Zones } from './time-words';

const ONE_DECIMAL = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** A speed to a tenth: what happened demands 52.7 km/h, not "53". */
export function preciseSpeed(kmh: number, units: Units): string {
  const v = units === 'mi' ? kmh / 1.609344 : kmh;
  return `${ONE_DECIMAL.format(v)} ${units === 'mi' ? 'mph' : 'km/h'}`;
}

/** The outlets behind some outcomes: "KCNA via Shanghai Daily; TASS". */
export function outlets(ids: string[], outcomes: Outcome[]): string {
  const names = ids.map((id) => outcomes.find((o) => o.id === id)?.source.outlet ?? id);
  return [...new Set(names)].join('; ');
}

/** The outcomes a settlement rests on: for a speed, those at the places that bind it. */
function sources(h: Settlement, t: Timeline | null): string[] {
  if (h.by === 'time') return h.outcomes;
  const at = (place: string) => t?.events.find((e) => e.place === place)?.claims ?? [];
  return [...at(h.least.startBy), ...at(h.least.endBy)];
}

/** What the train did at a fixed time, in words. */
const DID: Record<FixedBound['moment'], string> = {
  arrived: 'reached',
  left: 'left',
  passed: 'passed',
};

export interface HappenedWords {
  /** The "what happened" cell. */
  cell: string;
  /** Why: the times that bind it and their sources. */
  why: string;
}

/** What happened next, in words, for a claim the outcomes settle ('' cells for the rest). */
export function happenedWords(
  r: ClaimResult,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
  outcomes: Outcome[],
  happened: Timeline | null,
): HappenedWords {
  const h = r.happened;
  if (!h) return { cell: '—', why: '' };
  const by = outlets(sources(h, happened), outcomes);
  if (h.by === 'speed') {
    const l = h.least;
    const bind = `${name(l.from)} no earlier than ${localTime(l.start, zones[l.startBy])} → ${name(l.to)} no later than ${localTime(l.end, zones[l.endBy], true)}`;
    const least = preciseSpeed(l.kmh, units);
    const most = h.greatest ? `, at most ${preciseSpeed(h.greatest.kmh, units)}` : '';
    const kmh = r.check === 'speed' ? r.reportedKmh : 0;
    const rounding = r.check === 'speed' ? r.rounding : 0;
    const quoted = `“${r.claim.reported.text}”`;
    const band = `${formatSpeed(kmh - rounding, units).replace(/ \S+$/, '')}–${formatSpeed(kmh + rounding, units)}`;
    const verdict =
      h.verdict === 'refuted'
        ? `${formatSpeed(kmh, units)} is outside it, even allowing the rounding of ${quoted} (${band}): refuted.`
        : l.kmh > kmh
          ? `${least}: above ${formatSpeed(kmh, units).replace(/ \S+$/, '')}, within the rounding of ${quoted} (${band}): consistent with what happened, not refuted.`
          : h.greatest && h.greatest.kmh < kmh
            ? `${preciseSpeed(h.greatest.kmh, units)}: below ${formatSpeed(kmh, units).replace(/ \S+$/, '')}, within the rounding of ${quoted} (${band}): consistent with what happened, not refuted.`
            : 'The reported speed lies inside it: consistent with what happened, which does not settle it.';
    return {
      cell: `at least ${least} on average${most} (${by})`,
      why: `What happened (${by}): ${bind}, ${formatDistance(l.km, units)} in at most ${formatDuration(l.hours)}: at least ${least} on average, stops included${most}. ${verdict}`,
    };
  }
  const place = r.claim.places[0] ?? '';
  const tz = zones[place];
  const from = Number.isFinite(h.start) ? `no earlier than ${localTime(h.start, tz)}` : '';
  const to = Number.isFinite(h.end) ? `no later than ${localTime(h.end, tz, true)}` : '';
  const when = [from, to].filter(Boolean).join(' and ');
  const verdict =
    h.verdict === 'holds'
      ? `That lies inside “${r.claim.reported.text}”: it holds.`
      : h.verdict === 'refuted'
        ? `That misses “${r.claim.reported.text}”: refuted.`
        : h.verdict === 'loose'
          ? `That misses “${r.claim.reported.text}” only by the soft edge of a part of day: loose.`
          : `That overlaps “${r.claim.reported.text}” without settling it: consistent.`;
  const f = h.fixed;
  const run = f
    ? f.side === 'start'
      ? ` ${name(f.place)} lies ${formatDistance(f.km, units)} further on, with no stop between, and the train ${DID[f.moment]} it at ${localTime(f.at, zones[f.place])}: even at walking pace (${formatSpeed(CRAWL_KMH, units)}) it passed ${name(place)} no earlier than ${localTime(f.bound, tz)}.`
      : ` ${name(f.place)} lies ${formatDistance(-f.km, units)} before it, with no stop between, and the train ${DID[f.moment]} it at ${localTime(f.at, zones[f.place])}: even at walking pace (${formatSpeed(CRAWL_KMH, units)}) it reached ${name(place)} no later than ${localTime(f.bound, tz)}.`
    : '';
  return {
    cell: `${name(place)} ${when} (${by})`,
    why: `What happened (${by}), taken in travel order: the train was at ${name(place)} ${when} (local time).${run} ${verdict}`,
  };
}

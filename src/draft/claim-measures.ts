import { type ClaimSink, idsOf } from './claim-sink';
import { difference, frequency, travelDuration } from './context';
import type { Figure, MeasureFigure } from './figures/figure';
import { JOURNEY_NOUNS } from './lexicon/rules';
import { otherTrip } from './other-trips';
import { durationLeg, dwellDuration, legIn, pairHeading, pairMeasure } from './pair';
import { clauseAround, type Tokens } from './text';

const NOTES: Record<string, string> = {
  'unstated-distance':
    'The article does not say whether this is a straight-line, rail or road distance.',
  'rail-distance': 'The clause speaks of the railway: read as a distance along the track.',
  'road-distance': 'The clause speaks of the road: read as a distance by road.',
  'straight-distance': 'The article gives it as a straight line.',
};
const nothing = { qualifier: null, direction: null, day: null, dayName: null, partOfDay: null };
const CARRIED = 'the reference is the place named before it: check it';

/** "the 170-kilometre trip", "the whole journey took …": a figure of the journey as a whole. */
function ofWholeJourney(t: Tokens, f: Figure): boolean {
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  if (!s) return false;
  // The journey noun right around the figure ("the 170-kilometre trip", "the trip took six
  // hours"), with "the" just before it: not any route the sentence names.
  for (let k = Math.max(s.from, f.from - 4); k < Math.min(s.to, f.to + 3); k++)
    if (JOURNEY_NOUNS.has(t.tokens[k]?.key ?? '')) {
      for (let j = k - 1; j >= Math.max(s.from, k - 4); j--)
        if (t.tokens[j]?.key === 'the') return true;
    }
  return false;
}

/** A distance written as the length of a trip: "a 2,265-mile, 43-hour trip", "a 2,979km journey". */
function ofJourney(t: Tokens, f: Figure): boolean {
  for (let k = f.to; k < f.to + 7; k++) if (JOURNEY_NOUNS.has(t.tokens[k]?.key ?? '')) return true;
  return false;
}

/** Distances, directions, speeds and durations of one article as claims. */
export function measureClaims(o: ClaimSink): void {
  const { t, anchors, figs } = o;
  const left = (f: Figure) => {
    const year = o.past(f);
    if (year) o.exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
    const other = year ? null : otherTrip(t, f);
    if (other) o.exclude(f.from, f.to, other);
    return !!year || !!other;
  };
  const direction = new Map(figs.directions.map((d) => [d.from, d]));
  for (const f of figs.distances) {
    if (left(f)) continue;
    const dir = direction.get(f.to) ?? direction.get(f.to + 1);
    const away = ['away', 'distant'].includes(t.tokens[f.to]?.key ?? '');
    const p = pairMeasure(t, anchors, f, dir ? dir.reference : away ? -1 : -2);
    const kind = f.kind ?? 'unstated-distance';
    let pair = p;
    // "for Los Angeles, a 2,265-mile trip", "after a 2,979km journey": the leg the trip runs.
    if (!idsOf([p.subject?.place, p.reference?.place], true).length && ofJourney(t, f)) {
      const leg = durationLeg(t, anchors, f);
      if (leg) pair = { subject: leg[0], reference: leg[1], carried: true };
    }
    // "covered 3,122 km from Kanyakumari to the Red Fort", "el AVE Madrid-Valencia … 391
    // kilómetros": the leg the clause, else the sentence, names.
    if (!idsOf([pair.subject?.place, pair.reference?.place], true).length && !dir) {
      const [ca, cb] = clauseAround(t, f.from, f.to);
      const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
      const leg =
        legIn(t, anchors, ca, cb, f.from) ?? (s ? legIn(t, anchors, s.from, s.to, f.from) : null);
      if (leg) pair = { subject: leg[1], reference: leg[0], carried: false };
    }
    const places = idsOf([pair.subject?.place, pair.reference?.place], true);
    const whole = places.length === 0 && !pair.subject && !pair.reference && ofWholeJourney(t, f);
    o.add(
      f,
      {
        kind,
        places,
        reported: { ...nothing, text: o.text(f), figures: f.figures, qualifier: f.qualifier },
        note: NOTES[kind] ?? '',
      },
      pair.subject,
      pair.reference,
      pair !== p
        ? ['the leg is read from the places around it: check where it starts and ends']
        : p.carried
          ? [CARRIED]
          : [],
      whole,
    );
  }
  for (const d of figs.directions) {
    if (o.past(d)) continue;
    const distance = figs.distances.find((f) => f.to === d.from || f.to + 1 === d.from);
    const p =
      d.heading !== undefined
        ? pairHeading(t, anchors, d.heading)
        : pairMeasure(t, anchors, distance ?? d, d.reference);
    if (!p.subject && !p.reference) continue;
    o.add(
      d,
      {
        kind: 'direction',
        places: idsOf([p.subject?.place, p.reference?.place], true),
        reported: { ...nothing, text: compassText(t, d), figures: [], direction: d.direction },
        note: d.heading !== undefined ? 'A heading: the direction from the place before.' : '',
      },
      p.subject,
      p.reference,
      p.carried ? [CARRIED] : [],
    );
  }
  for (const f of figs.speeds) {
    if (left(f)) continue;
    // "winds of up to 110 km/h": the weather's speed, not the journey's.
    const before = t.tokens.slice(Math.max(0, f.from - 4), f.from).map((x) => x.key);
    if (before.some((w) => /^(winds?|gusts?|storms?|hurricanes?|typhoons?|cyclones?)$/.test(w))) {
      o.exclude(f.from, f.to, 'a wind speed, not the journey’s');
      continue;
    }
    const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
    const [ca, cb] = clauseAround(t, f.from, f.to);
    const leg =
      legIn(t, anchors, ca, cb, f.from) ?? (s ? legIn(t, anchors, s.from, s.to, f.from) : null);
    o.add(
      f,
      {
        kind: 'speed',
        places: idsOf([leg?.[0].place, leg?.[1].place], true),
        reported: { ...nothing, text: o.text(f), figures: f.figures, qualifier: f.qualifier },
        note: '',
      },
      leg?.[0] ?? null,
      leg?.[1] ?? null,
      [],
    );
  }
  for (const f of figs.durations) durationClaim(o, f, left);
}

function durationClaim(o: ClaimSink, f: MeasureFigure, left: (f: Figure) => boolean): void {
  const { t, anchors } = o;
  if (left(f)) return;
  if (frequency(t, f)) {
    o.exclude(f.from, f.to, 'how often a service runs, not how long a journey takes');
    return;
  }
  if (difference(t, f)) {
    o.exclude(
      f.from,
      f.to,
      'a difference ("faster than") or leave ("a day off"), not a journey time',
    );
    return;
  }
  // "six minutes late", "20 Minuten lang halten": a duration of its own, not of a leg.
  if (dwellDuration(t, f)) {
    o.add(
      f,
      {
        kind: 'duration',
        places: [],
        reported: { ...nothing, text: o.text(f), figures: f.figures, qualifier: f.qualifier },
        note: 'A stop or a delay, not travel time.',
      },
      null,
      null,
      ['a stop or a delay: add it to `dwells` in story.json if the train waited there'],
    );
    return;
  }
  const s0 = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  const legged = s0 ? legIn(t, anchors, s0.from, s0.to, f.from) : null;
  if (!legged && !travelDuration(t, f)) {
    o.exclude(
      f.from,
      f.to,
      'a duration of something other than travel (no journey, trip or ride named with it)',
    );
    return;
  }
  const leg = durationLeg(t, anchors, f);
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  const named = s ? legIn(t, anchors, s.from, s.to, f.from) : null;
  const places = idsOf([leg?.[0].place, leg?.[1].place], true);
  const whole = places.length === 0 && ofWholeJourney(t, f);
  const review = whole
    ? []
    : places.length === 0
      ? ['no leg named: the duration is of the whole journey or of a leg to choose']
      : named
        ? []
        : ['the leg is read from the places around it: check where it starts and ends'];
  o.add(
    f,
    {
      kind: 'duration',
      places,
      reported: { ...nothing, text: o.text(f), figures: f.figures, qualifier: f.qualifier },
      note: f.note ?? '',
    },
    leg?.[0] ?? null,
    leg?.[1] ?? null,
    review,
    whole,
  );
}

/** The compass words of a direction figure ("north-west"), without "to the" or "of". */
function compassText(t: Tokens, d: Figure): string {
  let from = d.from;
  let to = d.to;
  while (['to', 'the'].includes(t.tokens[from]?.key ?? '') && from < to - 1) from++;
  if (t.tokens[to - 1]?.key === 'of') to--;
  return t.text.slice(t.tokens[from]?.start ?? 0, t.tokens[to - 1]?.end ?? 0);
}

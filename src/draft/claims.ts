import type { Claim, Excluded } from '../data/claims-schema';
import type { Anchor } from './anchors';
import { otherYear, statementDay, travelDuration, yearSpans } from './context';
import type { DayFigure, DirectionFigure, Figure, MeasureFigure } from './figures/figure';
import { legIn, pairDay, pairMeasure } from './pair';
import { quoteOf } from './quote';
import type { Tokens } from './text';

/** A claim of the draft, with what the review list should say about it. */
export interface DraftClaim {
  claim: Claim;
  /** The anchors behind `claim.places`, and those the draft could not place. */
  subject: Anchor | null;
  reference: Anchor | null;
  /** What an editor should confirm. */
  review: string[];
  /** Token position, for ordering. */
  at: number;
}

export interface ArticleFigures {
  distances: MeasureFigure[];
  speeds: MeasureFigure[];
  durations: MeasureFigure[];
  directions: DirectionFigure[];
  days: DayFigure[];
}

const NOTES: Record<string, string> = {
  'unstated-distance':
    'The article does not say whether this is a straight-line, rail or road distance.',
  'rail-distance': 'The clause speaks of the railway: read as a distance along the track.',
  'road-distance': 'The clause speaks of the road: read as a distance by road.',
  'straight-distance': 'The article gives it as a straight line.',
};
const HEDGES = /\b(probably|likely|possibly|reportedly|expected)\b/i;

const nothing = { qualifier: null, direction: null, day: null, dayName: null, partOfDay: null };

/** Every claim and excluded statement of one article. */
export function articleClaims(
  articleId: string,
  t: Tokens,
  anchors: Anchor[],
  figs: ArticleFigures,
  published: string,
): { claims: DraftClaim[]; excluded: Excluded[] } {
  const claims: DraftClaim[] = [];
  const excluded: Excluded[] = [];
  const exclude = (from: number, to: number, reason: string) => {
    const quote = quoteOf(t, from, to);
    if (quote && !excluded.some((e) => e.quote === quote))
      excluded.push({ article: articleId, quote, reason });
  };
  const text = (f: Figure) => t.text.slice(f.start, f.end);
  const add = (
    f: Figure,
    c: Omit<Claim, 'id' | 'article' | 'quote'>,
    subject: Anchor | null,
    reference: Anchor | null,
    review: string[],
  ) => {
    const span = [f.from, f.to, subject?.from, subject?.to, reference?.from, reference?.to].filter(
      (x): x is number => x !== undefined && x >= 0,
    );
    const quote = quoteOf(t, Math.min(...span), Math.max(...span));
    if (!quote) return;
    claims.push({
      claim: { id: '', article: articleId, quote, ...c },
      subject,
      reference,
      review,
      at: f.from,
    });
  };
  const past = (f: Figure) => otherYear(t, f.from, published, figs.days);

  const byDirection = new Map(figs.directions.map((d) => [d.from, d]));
  for (const f of figs.distances) {
    const year = past(f);
    if (year) {
      exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
      continue;
    }
    const dir = byDirection.get(f.to) ?? byDirection.get(f.to + 1);
    const p = pairMeasure(t, anchors, f, dir ? dir.reference : -2);
    const places = [p.subject?.place, p.reference?.place];
    const review = p.carried ? ['the reference is the place named before this sentence'] : [];
    add(
      f,
      {
        kind: f.kind ?? 'unstated-distance',
        places: idsOf(places),
        reported: { ...nothing, text: text(f), figures: f.figures, qualifier: f.qualifier },
        note: NOTES[f.kind ?? 'unstated-distance'] ?? '',
      },
      p.subject,
      p.reference,
      review,
    );
  }
  for (const d of figs.directions) {
    if (past(d)) continue;
    const distance = figs.distances.find((f) => f.to === d.from || f.to + 1 === d.from);
    const p = pairMeasure(t, anchors, distance ?? d, d.reference);
    const review = p.carried ? ['the reference is the place named before this sentence'] : [];
    add(
      d,
      {
        kind: 'direction',
        places: idsOf([p.subject?.place, p.reference?.place]),
        reported: { ...nothing, text: directionText(t, d), figures: [], direction: d.direction },
        note: '',
      },
      p.subject,
      p.reference,
      review,
    );
  }
  for (const f of figs.speeds) {
    const year = past(f);
    if (year) {
      exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
      continue;
    }
    const [a, b] = [
      t.sentences[t.tokens[f.from]?.sentence ?? 0]?.from ?? 0,
      t.sentences[t.tokens[f.from]?.sentence ?? 0]?.to ?? 0,
    ];
    const leg = legIn(t, anchors, a, b);
    add(
      f,
      {
        kind: 'speed',
        places: idsOf([leg?.[0].place, leg?.[1].place]),
        reported: { ...nothing, text: text(f), figures: f.figures, qualifier: f.qualifier },
        note: '',
      },
      leg?.[0] ?? null,
      leg?.[1] ?? null,
      [],
    );
  }
  for (const f of figs.durations) {
    const year = past(f);
    if (year) {
      exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
      continue;
    }
    if (!travelDuration(t, f)) {
      exclude(
        f.from,
        f.to,
        'a duration of something other than travel (no journey, trip or ride named with it)',
      );
      continue;
    }
    const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
    const leg = s ? legIn(t, anchors, s.from, s.to) : null;
    const review = leg
      ? []
      : ['no leg named: the duration is of the whole journey or of a leg to choose'];
    add(
      f,
      {
        kind: 'duration',
        places: idsOf([leg?.[0].place, leg?.[1].place]),
        reported: { ...nothing, text: text(f), figures: f.figures, qualifier: f.qualifier },
        note: f.note ?? '',
      },
      leg?.[0] ?? null,
      leg?.[1] ?? null,
      review,
    );
  }
  for (const f of figs.days) {
    const year = past(f);
    if (year) {
      exclude(f.from, f.to, `about ${year}, not the journey the article reports`);
      continue;
    }
    if (statementDay(t, f)) {
      exclude(f.from, f.to, 'the day of a statement, not of the journey');
      continue;
    }
    const anchor = pairDay(t, anchors, f);
    if (!anchor) {
      exclude(f.from, f.to, 'no place named with this day');
      continue;
    }
    const [ca, cb] = [Math.min(f.from, anchor.from), Math.max(f.to, anchor.to)];
    const hedge = HEDGES.exec(t.text.slice(t.tokens[ca]?.start ?? 0, t.tokens[cb - 1]?.end ?? 0));
    const notes = [
      f.future
        ? 'Said of what was to come on the day of publication: a forecast, not a report.'
        : '',
      f.relative ? 'Read from the day named before it in the article.' : '',
      /night/i.test(text(f)) ? '“Night” is read as the evening (18–24 h local time).' : '',
    ].filter(Boolean);
    add(
      f,
      {
        kind: 'datetime',
        places: idsOf([anchor.place]),
        reported: {
          ...nothing,
          text: text(f),
          figures: [],
          qualifier: hedge ? (hedge[1] ?? '').toLowerCase() : null,
          day: f.day,
          dayName: f.dayName,
          partOfDay: f.partOfDay,
        },
        ...(f.future ? { forecast: true } : {}),
        note: notes.join(' '),
      },
      anchor,
      null,
      f.relative ? ['a relative day: check the day it counts from'] : [],
    );
  }
  for (const [a, b] of yearSpans(t))
    exclude(a, b, 'a span of years or months, not the time of this journey');
  return { claims: dedupe(claims).sort((x, y) => x.at - y.at), excluded };
}

/** The ids of the places, or none when the subject is unknown (a reference alone would read as the subject). */
function idsOf(ids: (string | null | undefined)[]): string[] {
  const [a, b] = ids;
  if (!a) return [];
  return b && b !== a ? [a, b] : [a];
}

/** The compass words of a direction figure ("north-west"), without "to the" or "of". */
function directionText(t: Tokens, d: DirectionFigure): string {
  let from = d.from;
  let to = d.to;
  while (['to', 'the'].includes(t.tokens[from]?.key ?? '') && from < to - 1) from++;
  if (t.tokens[to - 1]?.key === 'of') to--;
  return t.text.slice(t.tokens[from]?.start ?? 0, t.tokens[to - 1]?.end ?? 0);
}

/** One claim per article, kind, places and figure: a caption repeating the text adds nothing. */
function dedupe(claims: DraftClaim[]): DraftClaim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const r = c.claim.reported;
    const k = JSON.stringify([
      c.claim.kind,
      c.claim.places,
      c.subject?.label,
      r.figures,
      r.direction,
      r.day,
      r.partOfDay,
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

import type { Anchor } from './anchors';
import type { Figure } from './figures/figure';
import { isReference, leavesOrArrives, legIn } from './legs';
import { clauseAround, type Tokens } from './text';

export { durationLeg, dwellDuration, legIn } from './legs';

/** The places a figure is about, as the sentence gives them. */
export interface Pairing {
  subject: Anchor | null;
  reference: Anchor | null;
  /** The reference is the place named before this sentence ("150 km to the west"). */
  carried: boolean;
}

const key = (t: Tokens, i: number) => t.tokens[i]?.key ?? '';
const sameSentence = (t: Tokens, a: number, b: number) =>
  t.tokens[a]?.sentence === t.tokens[b]?.sentence;

/** The anchor starting at token `i` (or right after a "the"). */
const anchorAt = (anchors: Anchor[], i: number) =>
  anchors.find((a) => a.from === i) ?? anchors.find((a) => a.from === i + 1);

/** The last anchor before the sentence of token `i`, for "to the west" with no "of". */
function carriedFrom(
  _t: Tokens,
  anchors: Anchor[],
  subject: Anchor | null,
  i: number,
): Anchor | null {
  const before = anchors.filter((a) => a.to <= (subject?.from ?? i) && a.kind !== 'country');
  for (let k = before.length - 1; k >= 0; k--) {
    const a = before[k];
    if (a && a.place !== subject?.place) return a;
  }
  return null;
}

/**
 * Subject and reference of a distance or a direction: "A, which is about 98km north of B",
 * "A lies 300 miles from B", "between A and B", "A, about 150 km to the west" (B: the place
 * named before). The subject is the nearest anchor before the figure in its sentence.
 */
export function pairMeasure(t: Tokens, anchors: Anchor[], f: Figure, referenceAt: number): Pairing {
  const [ca, cb] = clauseAround(t, f.from, f.to);
  const leg = legIn(t, anchors, ca, cb);
  if (leg) return { subject: leg[0], reference: leg[1], carried: false };
  let reference: Anchor | null = null;
  if (referenceAt >= 0) reference = anchorAt(anchors, referenceAt) ?? null;
  else if (referenceAt === -2) {
    // "300 miles from Denver", "98 km away from B", "some 200 km outside B"
    for (let k = f.to; k < f.to + 3; k++)
      if (['from', 'of', 'outside', 'beyond', 'past'].includes(key(t, k))) {
        reference = anchorAt(anchors, k + 1) ?? null;
        break;
      }
  }
  if (reference && !sameSentence(t, reference.from, f.from)) reference = null;
  const before = anchors.filter(
    (a) => a.to <= f.from && sameSentence(t, a.from, f.from) && a.kind !== 'country',
  );
  const subject = before[before.length - 1] ?? null;
  if (!reference && referenceAt === -1 && subject)
    return { subject, reference: carriedFrom(t, anchors, subject, f.from), carried: true };
  return { subject, reference, carried: false };
}

/**
 * The place of a day: the anchor of its sentence nearest the day, those of its own clause first;
 * anchors after the day count double, countries less than places, and a distance's reference
 * ("north of B") least.
 */
export function pairDay(t: Tokens, anchors: Anchor[], f: Figure): Anchor | null {
  const [ca, cb] = clauseAround(t, f.from, f.to);
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  if (!s) return null;
  // "left Nairobi at 8am on Tuesday and reached Mombasa": the place of the verb the day follows.
  // The verb may stand before the clause ("reach Albuquerque, New Mexico, on Monday").
  for (let k = f.from - 1; k >= Math.max(s.from, f.from - 12); k--)
    if (EVENT_VERBS.has(key(t, k))) {
      const after = anchors.find((a) => a.from > k && a.from <= k + 3 && a.to <= f.from);
      const between = anchors.some(
        (a) => after && a.from > after.from && a.to <= f.from && !isReference(t, a),
      );
      if (after && !between) return after;
      break;
    }
  // "в первый рейс по маршруту "Харьков-Киев" отправился": a leg the sentence names, left from
  // its first place, reached at its second.
  const leg = legIn(t, anchors, s.from, s.to, f.from);
  if (leg) {
    const { leaves, arrives } = leavesOrArrives(t, f.from);
    if (leaves !== arrives) return leaves ? leg[0] : leg[1];
  }
  let best: Anchor | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const a of anchors) {
    if (a.from < s.from || a.to > s.to) continue;
    const gap = a.to <= f.from ? f.from - a.to : 2 * (a.from - f.to);
    if (gap < 0) continue;
    // "shortly after 1am, and reached Przemyśl": a place after the day that a verb of its own
    // governs has a time of its own.
    if (a.from > f.to && t.tokens.slice(f.to, a.from).some((x) => EVENT_VERBS.has(x.key))) continue;
    const reference =
      key(t, a.from - 1) === 'of' && /^(north|south|east|west)/.test(key(t, a.from - 2));
    const outside = a.from < ca || a.to > cb;
    const score = gap + (a.kind === 'country' ? 6 : 0) + (reference ? 30 : 0) + (outside ? 5 : 0);
    if (score < bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

/** A heading's places: the place it heads to, and the place named before it. */
export function pairHeading(t: Tokens, anchors: Anchor[], at: number): Pairing {
  const subject = anchors.find((a) => a.from === at) ?? null;
  if (!subject) return { subject: null, reference: null, carried: false };
  const before = anchors.filter(
    (a) =>
      a.to <= subject.from &&
      a.kind !== 'country' &&
      !isReference(t, a) &&
      a.place !== subject.place,
  );
  return { subject, reference: before[before.length - 1] ?? null, carried: true };
}

/** Verbs of a journey's events, whose object is where the day puts it. */
const EVENT_VERBS = new Set([
  'left',
  'leave',
  'leaves',
  'leaving',
  'departed',
  'departs',
  'reached',
  'reach',
  'reaches',
  'arrived',
  'arrive',
  'arrives',
  'crossed',
  'cross',
  'crosses',
  'entered',
  'enter',
  'passed',
  'stopped',
  'called',
  'pulled',
  'rolled',
  'returned',
  'visited',
  'visit',
  'held',
  'met',
]);

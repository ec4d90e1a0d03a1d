import type { Anchor } from './anchors';
import type { Figure } from './figures/figure';
import { clauseAround, type Tokens } from './text';

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

/**
 * "between A and B", "from A to B" inside tokens [from, to): the two anchors, the one nearest
 * token `pivot` when there are several, or null.
 */
export function legIn(
  t: Tokens,
  anchors: Anchor[],
  from: number,
  to: number,
  pivot = from,
): [Anchor, Anchor] | null {
  let best: [Anchor, Anchor] | null = null;
  for (const a of anchors) {
    if (a.from < from || a.to > to) continue;
    const w = key(t, a.from - 1);
    if (w !== 'between' && w !== 'from') continue;
    const join = w === 'between' ? ['and'] : ['to', 'and'];
    // "from Tokyo to Shin-Osaka": the second place may end a hyphenated name.
    const b = anchors.find(
      (x) =>
        join.includes(key(t, a.to)) &&
        (x.from === a.to + 1 ||
          (x.from === a.to + 3 &&
            t.tokens[a.to + 2]?.text === '-' &&
            t.tokens[a.to + 2]?.end === t.tokens[x.from]?.start)),
    );
    if (!b) continue;
    const gap = (l: [Anchor, Anchor]) =>
      Math.min(Math.abs(l[0].from - pivot), Math.abs(l[1].to - pivot));
    if (!best || gap([a, b]) < gap(best)) best = [a, b];
  }
  return best;
}

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
  for (let k = f.from - 1; k >= ca; k--)
    if (EVENT_VERBS.has(key(t, k))) {
      const after = anchors.find((a) => a.from > k && a.from <= k + 3 && a.to <= f.from);
      const between = anchors.some(
        (a) => after && a.from > after.from && a.to <= f.from && !isReference(t, a),
      );
      if (after && !between) return after;
      break;
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

const isReference = (t: Tokens, a: Anchor) =>
  key(t, a.from - 1) === 'of' && /^(north|south|east|west)/.test(key(t, a.from - 2));
const DESTINATION = new Set([
  'in',
  'at',
  'to',
  'into',
  'reached',
  'reach',
  'reaching',
  'arrived',
  'arrive',
  'arriving',
  'for',
]);
const ORIGIN = new Set(['from', 'leaving', 'left', 'leave', 'departing']);

/**
 * The leg of a duration the sentence does not name with "from A to B": the place it arrives at
 * ("reached Mombasa … four hours and 50 minutes later") and the one it came from ("after leaving
 * the capital", "a hop from Boston", else the place named before the destination).
 */
export function durationLeg(t: Tokens, anchors: Anchor[], f: Figure): [Anchor, Anchor] | null {
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  if (!s) return null;
  const leg = legIn(t, anchors, s.from, s.to);
  if (leg) return leg;
  const inSentence = anchors.filter((a) => a.from >= s.from && a.to <= s.to && !isReference(t, a));
  const cue = (a: Anchor, words: Set<string>) =>
    words.has(key(t, a.from - 1)) || words.has(key(t, a.from - 2));
  const named = inSentence.find((a) => cue(a, ORIGIN));
  const dests = inSentence.filter(
    (a) => a !== named && a.kind !== 'country' && cue(a, DESTINATION) && !cue(a, ORIGIN),
  );
  const gap = (a: Anchor) => Math.abs(a.from - f.from);
  const dest = [...dests].sort((x, y) => gap(x) - gap(y))[0];
  if (!dest) return null;
  // "after leaving Poland": the last place named in that country before the destination.
  const origin =
    named?.kind === 'country'
      ? anchors.filter((a) => a.to <= dest.from && a.place && a.country === named.detail).pop()
      : named;
  if (origin) return [origin, dest];
  const before = anchors.filter(
    (a) => a.to <= dest.from && a.place && !isReference(t, a) && a.place !== dest.place,
  );
  const from = before[before.length - 1];
  return from ? [from, dest] : null;
}

const DWELL = new Set([
  'halt',
  'stop',
  'stopover',
  'wait',
  'layover',
  'pause',
  'delay',
  'break',
  'stay',
]);

/** "a five-minute halt", "waited for 20 minutes", "delayed by two hours": time standing still. */
export function dwellDuration(t: Tokens, f: Figure): boolean {
  if (DWELL.has(key(t, f.to))) return true;
  // "almost an hour behind schedule", "two hours late"
  if (['behind', 'late', 'delayed', 'overdue'].includes(key(t, f.to))) return true;
  const a = key(t, f.from - 1);
  const b = key(t, f.from - 2);
  return (
    (['for', 'by'].includes(a) &&
      /^(waited|stopped|halted|paused|delayed|held|stayed|waits|stops)$/.test(b)) ||
    /^(waited|delayed)$/.test(a)
  );
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

/**
 * Figures about another trip than the one the article reports, read from the words around them:
 * the return journey, what a trip usually or used to take, an offset from the departure ("two
 * minutes after departure"), a change to a journey ("stretched out by a day") and the length of
 * a network. Each gives the reason the excluded list shows.
 */
import { DAY_NAMES } from './figures/calendar';
import type { Figure } from './figures/figure';
import { clauseAround, type Tokens } from './text';

/** Nouns of a journey that "return" makes another one: "the return journey", "Rückfahrt". */
const LEG = new Set(['journey', 'trip', 'leg', 'service', 'flight', 'train', 'ride', 'route']);
/** What is usual, not what happened: "typically takes two hours". */
const HABIT = new Set(['typically', 'usually', 'normally', 'generally', 'ordinarily']);
/** What used to be: "previously took", "formerly". */
const FORMER = new Set(['previously', 'formerly']);
/** Verbs of a change to a journey's length, before "by": "stretched out by a day". */
const CHANGE = new Set([
  ...['stretched', 'extended', 'lengthened', 'shortened', 'cut', 'reduced', 'increased'],
  ...['out', 'down'],
]);
/** After "after": the departure an offset counts from ("31 hours after leaving the capital" is a journey time). */
const DEPARTURE = new Set(['departure', 'take-off', 'takeoff', 'start']);
/**
 * After "every": a timetable's repeat ("every morning", "every Monday", "jeden Morgen"), not one
 * run.
 */
const REPEAT = new Set([
  ...['day', 'morning', 'evening', 'night', 'week', 'weekday', 'hour', 'other'],
  ...DAY_NAMES.map((d) => d.toLowerCase()),
]);
/** Before a run: the timetable's service, not the run the article reports ("the regular run"). */
const SERVICE = new Set(['regular', 'commercial', 'daily', 'weekly', 'timetabled']);
const RUN = new Set([...LEG, 'run', 'runs', 'services', 'trains', 'operations', 'express']);

const key = (t: Tokens, i: number) => t.tokens[i]?.key ?? '';

/** Before "timetable": "as per the timetable", "according to the timetable", "in the timetable". */
const BOOK_BEFORE = new Set(['per', 'according', 'in']);

/**
 * Whether tokens [a, b) speak of a timetable rather than of one run: "will leave Delhi every
 * morning at 8.10", "once its commercial run starts", "the regular run will be at 1.15 p.m.",
 * "as per the railway timetable".
 */
export function timetable(t: Tokens, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (key(t, i) === 'every' && (REPEAT.has(key(t, i + 1)) || REPEAT.has(key(t, i + 2))))
      return true;
    if (SERVICE.has(key(t, i)) && RUN.has(key(t, i + 1))) return true;
    // "as per the railway timetable", "according to the timetable" ("since the timetable
    // change" is not one).
    const book = key(t, i) === 'timetable' || key(t, i) === 'timetables';
    if (
      book &&
      (BOOK_BEFORE.has(key(t, i - 1)) ||
        BOOK_BEFORE.has(key(t, i - 2)) ||
        BOOK_BEFORE.has(key(t, i - 3)))
    )
      return true;
  }
  return false;
}

/** How far either side of a figure a timetable's words count (a run-on sentence stays linear). */
const TIMETABLE_REACH = 40;

/** Whether the sentence around tokens [from, to), within reach of them, speaks of a timetable. */
export function timetableNear(t: Tokens, from: number, to: number): boolean {
  const s = t.sentences[t.tokens[from]?.sentence ?? 0];
  if (!s) return false;
  return timetable(
    t,
    Math.max(s.from, from - TIMETABLE_REACH),
    Math.min(s.to, to + TIMETABLE_REACH),
  );
}

/** After "same": a route other trains run too ("the same distance", "the same route"). */
const SAME_WHAT = new Set(['distance', 'route', 'stretch', 'journey', 'trip', 'line']);

/** Nouns of a whole network, whose length is not a journey's. */
const NETWORK = new Set(['network', 'networks', 'system']);

/** "the return journey", "le voyage de retour", "обратный путь", "die Rückfahrt" at token `i`. */
function returning(t: Tokens, i: number): boolean {
  const w = key(t, i);
  if (w === 'return-journey') return true;
  return (
    w === 'return' && (LEG.has(key(t, i - 2)) || LEG.has(key(t, i - 1)) || LEG.has(key(t, i + 1)))
  );
}

/** "in the past", "en el futuro", "in Zukunft" at token `i`: `word` after "in" (and an article). */
function when(t: Tokens, i: number, word: string): boolean {
  if (key(t, i) !== word) return false;
  if (key(t, i - 1) === 'in') return true;
  return key(t, i - 2) === 'in' && (t.tokens[i - 1]?.text.length ?? 9) <= 3;
}

/** Why a distance, speed, duration or day is about another trip, or null. */
export function otherTrip(t: Tokens, f: Figure): string | null {
  const [a, b] = clauseAround(t, f.from, f.to);
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  // "For the return journey, it will depart …": the sentence's opening phrase speaks for it.
  if (s && s.from < a) {
    const [o0, o1] = clauseAround(t, s.from, s.from + 1);
    for (let i = o0; i < o1 && i < a; i++)
      if (returning(t, i)) return 'the return journey, another trip';
  }
  // One pass over the clause; the reasons in the order they are told.
  let same = false;
  let future = false;
  for (let i = a; i < b; i++) {
    const w = key(t, i);
    if (returning(t, i)) return 'the return journey, another trip';
    if (HABIT.has(w)) return 'what a trip usually takes, not this journey';
    // "the old metre-gauge train took around 18 hours": the train the new one replaced (before
    // the figure: "25 minutes faster than the old service" is this journey's).
    const old = i < f.from && w === 'old' && [1, 2, 3, 4].some((d) => LEG.has(key(t, i + d)));
    if (old || FORMER.has(w) || (w === 'used' && key(t, i + 1) === 'to'))
      return 'what a trip used to take, not this journey';
    // "cover the same distance in 6 hours 25 minutes": other trains over the same route.
    if (w === 'same' && SAME_WHAT.has(key(t, i + 1))) same = true;
    // "in the future", "en el futuro", "in Zukunft", "в будущем" (its clause: "runs at 120
    // km/h, but 160 km/h in the future" keeps the 120).
    if (i > a && when(t, i, 'future')) future = true;
  }
  if (timetable(t, a, b)) return 'a timetable, not the run the article reports';
  if (same) return 'another trip over the same route';
  // "in the past": its sentence.
  if (s)
    for (let i = s.from + 1; i < s.to; i++)
      if (when(t, i, 'past')) return 'what a trip used to take, not this journey';
  if (future) return 'what is planned for the future, not this journey';
  if (key(t, f.to) === 'after' && DEPARTURE.has(key(t, f.to + 1)))
    return 'an offset from the departure, not a journey time';
  if (
    key(t, f.from - 1) === 'by' &&
    (CHANGE.has(key(t, f.from - 2)) || CHANGE.has(key(t, f.from - 3)))
  )
    return 'a change to a journey’s length, not a journey time';
  for (let i = f.to; i < f.to + 3; i++)
    if (NETWORK.has(key(t, i))) return 'the length of a network, not of a journey';
  return null;
}

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

/**
 * Whether tokens [a, b) speak of a timetable rather than of one run: "will leave Delhi every
 * morning at 8.10", "once its commercial run starts", "the regular run will be at 1.15 p.m.",
 * "as per the railway timetable".
 */
export function timetable(t: Tokens, a: number, b: number): boolean {
  const k = (i: number) => t.tokens[i]?.key ?? '';
  for (let i = a; i < b; i++) {
    if (k(i) === 'every' && (REPEAT.has(k(i + 1)) || REPEAT.has(k(i + 2)))) return true;
    if (SERVICE.has(k(i)) && RUN.has(k(i + 1))) return true;
    // "as per the railway timetable", "according to the timetable" ("since the timetable
    // change" is not one).
    const book = k(i) === 'timetable' || k(i) === 'timetables';
    if (book && [1, 2, 3].some((d) => ['per', 'according', 'in'].includes(k(i - d)))) return true;
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
  const k = (j: number) => t.tokens[j]?.key ?? '';
  return (
    (k(i) === 'return' && [i - 2, i - 1, i + 1].some((j) => LEG.has(k(j)))) ||
    k(i) === 'return-journey'
  );
}

/** Why a distance, speed, duration or day is about another trip, or null. */
export function otherTrip(t: Tokens, f: Figure): string | null {
  const k = (i: number) => t.tokens[i]?.key ?? '';
  const [a, b] = clauseAround(t, f.from, f.to);
  const s = t.sentences[t.tokens[f.from]?.sentence ?? 0];
  // "For the return journey, it will depart …": the sentence's opening phrase speaks for it.
  const [o0, o1] = s ? clauseAround(t, s.from, s.from + 1) : [a, a];
  for (let i = o0; i < o1 && i < a; i++)
    if (returning(t, i)) return 'the return journey, another trip';
  for (let i = a; i < b; i++) {
    if (returning(t, i)) return 'the return journey, another trip';
    if (HABIT.has(k(i))) return 'what a trip usually takes, not this journey';
    // "the old metre-gauge train took around 18 hours": the train the new one replaced (before
    // the figure: "25 minutes faster than the old service" is this journey's).
    const old = i < f.from && k(i) === 'old' && [1, 2, 3, 4].some((d) => LEG.has(k(i + d)));
    if (old || FORMER.has(k(i)) || (k(i) === 'used' && k(i + 1) === 'to'))
      return 'what a trip used to take, not this journey';
  }
  if (timetable(t, a, b)) return 'a timetable, not the run the article reports';
  // "cover the same distance in 6 hours 25 minutes": other trains over the same route.
  for (let i = a; i < b; i++)
    if (k(i) === 'same' && SAME_WHAT.has(k(i + 1))) return 'another trip over the same route';
  // "in the past" (its sentence); "in the future", "en el futuro", "in Zukunft", "в будущем" (its
  // clause: "runs at 120 km/h, but 160 km/h in the future" keeps the 120).
  const when = (i: number, word: string) =>
    k(i) === word &&
    (k(i - 1) === 'in' || (k(i - 2) === 'in' && (t.tokens[i - 1]?.text.length ?? 9) <= 3));
  if (s)
    for (let i = s.from + 1; i < s.to; i++)
      if (when(i, 'past')) return 'what a trip used to take, not this journey';
  for (let i = a + 1; i < b; i++)
    if (when(i, 'future')) return 'what is planned for the future, not this journey';
  if (k(f.to) === 'after' && DEPARTURE.has(k(f.to + 1)))
    return 'an offset from the departure, not a journey time';
  if (k(f.from - 1) === 'by' && (CHANGE.has(k(f.from - 2)) || CHANGE.has(k(f.from - 3))))
    return 'a change to a journey’s length, not a journey time';
  for (let i = f.to; i < f.to + 3; i++)
    if (NETWORK.has(k(i))) return 'the length of a network, not of a journey';
  return null;
}

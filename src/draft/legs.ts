/** "between A and B", "from A to B": the leg a figure is about, and durations that stand still. */
import type { Anchor } from './anchors';
import type { Figure } from './figures/figure';
import type { Tokens } from './text';
import { ARRIVING, LEAVING } from './words';

const key = (t: Tokens, i: number) => t.tokens[i]?.key ?? '';

type Leg = [Anchor, Anchor];
const DASHES = new Set(['-', '–', '—']);

/** Per anchor list: the first anchor starting at each token, and the legs of each range. */
const indexes = new WeakMap<Anchor[], { byFrom: Map<number, Anchor>; legs: Map<string, Leg[]> }>();

/** The first index of `anchors` (sorted by `from`) whose `from` is at least `k`. */
function firstFrom(anchors: Anchor[], k: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid]?.from ?? 0) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "from Kanyakumari to the Red Fort in Delhi": a landmark the gazetteer lacks, then "in" and its
 * city, within a few words and no punctuation: the city stands for it.
 */
function within(t: Tokens, byFrom: Map<number, Anchor>, k: number): Anchor | undefined {
  for (let i = k; i < k + 4; i++) {
    const tok = t.tokens[i];
    if (tok?.kind !== 'word') return undefined;
    if (tok.key === 'in') return byFrom.get(i + 1);
  }
  return undefined;
}

/** Every "between A and B", "from A to B" inside tokens [from, to), in the text's order. */
function legsIn(t: Tokens, anchors: Anchor[], from: number, to: number): Leg[] {
  let index = indexes.get(anchors);
  if (!index) {
    const byFrom = new Map<number, Anchor>();
    for (const a of anchors) if (!byFrom.has(a.from)) byFrom.set(a.from, a);
    index = { byFrom, legs: new Map() };
    indexes.set(anchors, index);
  }
  const cached = index.legs.get(`${from}:${to}`);
  if (cached) return cached;
  const legs: Leg[] = [];
  for (let i = firstFrom(anchors, from); i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    if (a.from >= to) break;
    if (a.to > to) continue;
    const w = key(t, a.from - 1);
    // "the Madrid-Valencia AVE", "Milano – Parigi": two places joined by a dash.
    const dashed = index.byFrom.get(a.to + 1);
    if (DASHES.has(t.tokens[a.to]?.text ?? '') && dashed && dashed.place !== a.place) {
      legs.push([a, dashed]);
      continue;
    }
    if (w !== 'between' && w !== 'from') continue;
    if (!(w === 'between' ? ['and'] : ['to', 'and']).includes(key(t, a.to))) continue;
    // "from Tokyo to Shin-Osaka": the second place may end a hyphenated name.
    const hyphen = t.tokens[a.to + 2];
    const next = index.byFrom.get(a.to + 1);
    const after = index.byFrom.get(a.to + 3);
    const b =
      next ??
      (after && hyphen?.text === '-' && hyphen.end === t.tokens[after.from]?.start
        ? after
        : undefined) ??
      within(t, index.byFrom, a.to + 2);
    if (b) legs.push([a, b]);
  }
  index.legs.set(`${from}:${to}`, legs);
  return legs;
}

/**
 * "between A and B", "from A to B" inside tokens [from, to): the two anchors, the one nearest
 * token `pivot` when there are several, or null. Linear in the range once, then a binary search
 * per call: a run-on sentence of a megabyte stays linear.
 */
export function legIn(
  t: Tokens,
  anchors: Anchor[],
  from: number,
  to: number,
  pivot = from,
): Leg | null {
  const legs = legsIn(t, anchors, from, to);
  if (legs.length === 0) return null;
  const gap = (l: Leg) => Math.min(Math.abs(l[0].from - pivot), Math.abs(l[1].to - pivot));
  // Legs are in the text's order and do not nest: the nearest is beside where the pivot falls.
  let lo = 0;
  let hi = legs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((legs[mid]?.[0].from ?? 0) < pivot) lo = mid + 1;
    else hi = mid;
  }
  let best: Leg | null = null;
  for (let i = Math.max(0, lo - 2); i < Math.min(legs.length, lo + 2); i++) {
    const l = legs[i] as Leg;
    if (!best || gap(l) < gap(best)) best = l;
  }
  return best;
}

/** A place a distance is measured from ("north-east of the capital"): rarely the one a day or a leg is at. */
export const isReference = (t: Tokens, a: Anchor) =>
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
  'halts',
  'stops',
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
  // "a five-minute halt", "20 Minuten lang halten" (one word between).
  if (DWELL.has(key(t, f.to)) || DWELL.has(key(t, f.to + 1))) return true;
  // "22 minutes for fuel stops", "20 minutes for a crew change stop"
  if (key(t, f.to) === 'for' && [2, 3, 4].some((d) => DWELL.has(key(t, f.to + d)))) return true;
  // "almost an hour behind schedule", "two hours late"
  if (['behind', 'late', 'delayed', 'overdue'].includes(key(t, f.to))) return true;
  const a = key(t, f.from - 1);
  const b = key(t, f.from - 2);
  // "with a delay of 14 minutes", "с опозданием в 14 минут", "con un retraso de 20 minutos"
  if (b === 'delay' || (a === 'delay' && !['a', 'the'].includes(b))) return true;
  return (
    (['for', 'by'].includes(a) &&
      /^(waited|stopped|halted|paused|delayed|held|stayed|waits|stops|closed|shut|suspended|blocked)$/.test(
        b,
      )) ||
    // "passengers spent four hours in Alice Springs", "was closed for six hours"
    /^(waited|delayed|spent|spend|spending)$/.test(a) ||
    (a === 'for' && /^(closed|shut|suspended|blocked)$/.test(key(t, f.from - 3)))
  );
}

/**
 * The verbs of leaving and of arriving in the sentence of token `k`: whether each is there, and
 * which comes first (-1 leaving, 1 arriving, 0 neither).
 */
export function leavesOrArrives(
  t: Tokens,
  k: number,
): { leaves: boolean; arrives: boolean; first: -1 | 0 | 1 } {
  const out: { leaves: boolean; arrives: boolean; first: -1 | 0 | 1 } = {
    leaves: false,
    arrives: false,
    first: 0,
  };
  const s = t.sentences[t.tokens[k]?.sentence ?? -1];
  if (!s) return out;
  for (let i = s.from; i < s.to; i++) {
    const w = key(t, i);
    if (LEAVING.has(w)) out.leaves = true;
    else if (ARRIVING.has(w)) out.arrives = true;
    else continue;
    if (out.first === 0) out.first = out.leaves ? -1 : 1;
  }
  return out;
}

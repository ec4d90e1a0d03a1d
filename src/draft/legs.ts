import type { Anchor } from './anchors';
import type { Figure } from './figures/figure';
import type { Tokens } from './text';

const key = (t: Tokens, i: number) => t.tokens[i]?.key ?? '';

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
      /^(waited|stopped|halted|paused|delayed|held|stayed|waits|stops|closed|shut|suspended|blocked)$/.test(
        b,
      )) ||
    // "passengers spent four hours in Alice Springs", "was closed for six hours"
    /^(waited|delayed|spent|spend|spending)$/.test(a) ||
    (a === 'for' && /^(closed|shut|suspended|blocked)$/.test(key(t, f.from - 3)))
  );
}

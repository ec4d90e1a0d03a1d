import { COMPASS, type CompassPoint } from '../../data/compass';
import { type Token, type Tokens, touching } from '../text';
import type { DirectionFigure } from './figure';

const BASE: Record<string, string> = { north: 'N', south: 'S', east: 'E', west: 'W' };
const JOINED: Record<string, CompassPoint> = {
  northeast: 'NE',
  northwest: 'NW',
  southeast: 'SE',
  southwest: 'SW',
};

/** A compass word starting at token `i` ("north", "north-west", "north-northeast"). */
export function compassAt(
  tokens: Token[],
  i: number,
): { direction: CompassPoint; to: number } | null {
  const w = tokens[i];
  if (w?.kind !== 'word') return null;
  if (JOINED[w.key]) return { direction: JOINED[w.key] as CompassPoint, to: i + 1 };
  const a = BASE[w.key];
  if (!a) return null;
  // "north-west", "north-north-east", "north-northeast", "north west"
  const parts = [a];
  let k = i + 1;
  for (;;) {
    const dash = tokens[k];
    const next = tokens[k + 1];
    const joined = dash?.text === '-' && touching(tokens[k - 1], dash) && touching(dash, next);
    const spaced =
      !joined && dash?.kind === 'word' && parts.length === 1 && (a === 'N' || a === 'S');
    const word = joined ? next : spaced ? dash : undefined;
    if (!word) break;
    const b = BASE[word.key] ?? JOINED[word.key];
    if (!b) break;
    // "north north-east" is not written spaced; "north west" is, but not "east west"
    if (spaced && !['E', 'W'].includes(b)) break;
    parts.push(b);
    k += joined ? 2 : 1;
    if (parts.join('').length >= 3) break;
  }
  const d = parts.join('');
  const found = COMPASS.find((p) => p === d);
  if (found) return { direction: found, to: k };
  // "north-east-north"-like nonsense: keep the first point only.
  return { direction: a as CompassPoint, to: i + 1 };
}

/**
 * Relative positions: "north of Vladivostok", "about 900km north-west of Ussuriysk", "to the
 * west of Kraków", "150 km to the west". Not regions or names ("the north of France", "North
 * Korea", "eastern Russia", "the East Coast").
 */
export function directions(t: Tokens): DirectionFigure[] {
  const out: DirectionFigure[] = [];
  const { tokens } = t;
  for (let i = 0; i < tokens.length; i++) {
    const c = compassAt(tokens, i);
    if (!c) continue;
    const first = tokens[i];
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const sentenceStart = !prev || prev.sentence !== first?.sentence;
    // A capital mid-sentence is a name ("South Korea", "West Bank", "North Sea").
    if (first && first.text[0] !== first.key[0] && !sentenceStart) {
      i = c.to - 1;
      continue;
    }
    const toThe = prev?.key === 'the' && prev2?.key === 'to';
    const region = prev?.key === 'the' && !toThe;
    const next = tokens[c.to];
    if (next?.key === 'of' && !region) {
      out.push({
        family: 'direction',
        direction: c.direction,
        start: (toThe ? prev2 : first)?.start ?? 0,
        end: next.end,
        from: toThe ? i - 2 : i,
        to: c.to + 1,
        reference: c.to + 1,
      });
    } else if (
      ['to', 'towards', 'toward', 'into'].includes(next?.key ?? '') &&
      HEADING.has(prev?.key ?? '') &&
      tokens[c.to + 1] &&
      /^\p{Lu}/u.test(tokens[c.to + 1]?.text ?? '')
    ) {
      // "the route runs south-east to Salt Lake City": the heading from the place before.
      out.push({
        family: 'direction',
        direction: c.direction,
        start: first?.start ?? 0,
        end: tokens[c.to - 1]?.end ?? 0,
        from: i,
        to: c.to,
        reference: -1,
        heading: c.to + 1,
      });
    } else if (!toThe && !region && isDistanceEnd(prev) && (!next || next.kind === 'punct')) {
      // "all the way to Adelaide, almost 3000 kilometres south,": from the place the sentence left.
      out.push({
        family: 'direction',
        direction: c.direction,
        start: first?.start ?? 0,
        end: tokens[c.to - 1]?.end ?? 0,
        from: i,
        to: c.to,
        reference: -1,
      });
    } else if (toThe && prev2 && isDistanceEnd(tokens[i - 3])) {
      // "about 150 km to the west": the reference is the place the sentence left.
      out.push({
        family: 'direction',
        direction: c.direction,
        start: prev2.start,
        end: tokens[c.to - 1]?.end ?? 0,
        from: i - 2,
        to: c.to,
        reference: -1,
      });
    }
    i = c.to - 1;
  }
  return out;
}

/** A distance unit or a closing bracket right before "to the west". */
const isDistanceEnd = (t: Token | undefined) =>
  !!t && ['km', 'kms', 'kilometres', 'kilometers', 'miles', 'mile', ')'].includes(t.key);

/** Verbs of a heading ("runs south-east to", "turns north into", "heads west towards"). */
const HEADING = new Set([
  'runs',
  'run',
  'ran',
  'heads',
  'headed',
  'heading',
  'turns',
  'turned',
  'travels',
  'travelled',
  'traveled',
  'continues',
  'continued',
  'goes',
  'went',
  'swings',
  'swung',
  'winds',
  'on',
  'due',
]);

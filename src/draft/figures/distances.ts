import { clauseAround, type Token, type Tokens } from '../text';
import type { DistanceKind, MeasureFigure } from './figure';
import { measureFigures } from './measure';

/** Words of the figure's own clause that say what a distance is measured along. */
const CUES: [DistanceKind, string[][]][] = [
  [
    'straight-distance',
    [
      ['as', 'the', 'crow', 'flies'],
      ['straight', 'line'],
      ['straight', '-', 'line'],
      ['direct', 'line'],
      ['beeline'],
    ],
  ],
  [
    'rail-distance',
    [
      ['rail'],
      ['railway'],
      ['railroad'],
      ['railways'],
      ['track'],
      ['tracks'],
      ['by', 'train'],
      ['train', 'journey'],
      ['train', 'ride'],
    ],
  ],
  [
    'road-distance',
    [
      ['road'],
      ['roads'],
      ['highway'],
      ['motorway'],
      ['by', 'car'],
      ['drive'],
      ['driving'],
      ['by', 'bus'],
    ],
  ],
];

const has = (tokens: Token[], from: number, to: number, words: string[], keys: Set<string>) => {
  if (!words.every((w) => keys.has(w))) return false;
  for (let i = from; i + words.length <= to; i++)
    if (words.every((w, k) => tokens[i + k]?.key === w)) return true;
  return false;
};

/** What the clause says the distance is measured along; "unstated" when it does not say. */
export function distanceKind(t: Tokens, from: number, to: number): DistanceKind {
  const [a, b] = clauseAround(t, from, to);
  // "a 1,200-kilometre line": the railway line itself.
  const head = t.tokens[to];
  if (head && ['line', 'railway', 'track'].includes(head.key)) return 'rail-distance';
  const keys = new Set<string>();
  for (let i = a; i < b; i++) keys.add(t.tokens[i]?.key ?? '');
  for (const [kind, cues] of CUES) if (cues.some((c) => has(t.tokens, a, b, c, keys))) return kind;
  return 'unstated-distance';
}

/**
 * Every distance in the article: "about 98km (61 miles)", "nearly 300 miles", "a 1,200-kilometre
 * line", "over 5,000km", "some two hundred kilometres". Speeds ("50 km per hour") are not
 * distances; numbers without a unit ("a 20-carriage train", "Route 66") are nothing.
 */
export function distances(t: Tokens): MeasureFigure[] {
  return measureFigures(t.tokens, 'distance').map((f) => ({
    ...f,
    kind: distanceKind(t, f.from, f.to),
  }));
}

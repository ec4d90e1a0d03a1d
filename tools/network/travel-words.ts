import type { TravelMode } from '../../src/data/schema.ts';

/**
 * Words that say a leg was not travelled by train (English): a flight, a motorcade, a ferry. A
 * sentence that also speaks of a train or the rail is left alone (it may well be by train).
 */
const WORDS: [Exclude<TravelMode, 'rail'>, RegExp][] = [
  ['air', /\b(flew|fly|flies|flying|flight|flights|plane|jet|airport|airliner|aircraft)\b/i],
  ['sea', /\b(ferry|ship|boat|sailed|sailing|vessel|by sea)\b/i],
  [
    'road',
    /\b(motorcade|drove|driven|by car|by road|by bus|coach|highway|motorway|convoy|limousine)\b/i,
  ],
];
const TRAIN = /\b(train|trains|rail|railway|railroad|locomotive|carriage|station)\b/i;

export interface ModeGuess {
  from: string;
  to: string;
  mode: Exclude<TravelMode, 'rail'>;
  /** The sentence that says so, a verbatim slice of the article. */
  quote: string;
  article: string;
}

/** Sentences as verbatim slices of the text. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim() !== '') out.push(m[0].trim());
  return out;
}

/**
 * The legs an article seems to say were not travelled by train: a sentence naming the leg's
 * destination (any of its names) with a word of flight, road or sea and none of the rail. A
 * guess for a person to review, never applied silently.
 */
export function guessModes(
  articles: readonly { file: string; text: string }[],
  stops: readonly { id: string; names: string[] }[],
): ModeGuess[] {
  const out: ModeGuess[] = [];
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    if (!a || !b) continue;
    const names = b.names.filter((n) => n.trim().length > 1);
    found: for (const art of articles)
      for (const s of sentences(art.text)) {
        if (!names.some((n) => s.includes(n)) || TRAIN.test(s)) continue;
        const hit = WORDS.find(([, re]) => re.test(s));
        if (hit) {
          out.push({ from: a.id, to: b.id, mode: hit[0], quote: s, article: art.file });
          break found;
        }
      }
  }
  return out;
}

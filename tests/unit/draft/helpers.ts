import type { Figure } from '../../../src/draft/figures/figure';
import { type Tokens, tokenize } from '../../../src/draft/text';

/** Runs an extractor on a sentence and returns what it found, each with its printed text. */
export function found<F extends Figure>(extract: (t: Tokens) => F[], text: string) {
  const t = tokenize(text);
  return extract(t).map((f) => ({ ...f, printed: text.slice(f.start, f.end) }));
}

/** Cases that must yield nothing ("a 20-carriage train", "Route 66"). */
export const NEVER = [
  'It was pulled by a 20-carriage train.',
  'It’s four years since Kim travelled overseas.',
  'They drove along Route 66 to the coast.',
  'He met Trump at the 2019 summit in Hanoi.',
  'The train has at least 20 bulletproof carriages.',
  'Some 212 passengers boarded, aged 4 to 90.',
];

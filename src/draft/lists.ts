/**
 * Places named in one list ("passing Turin, Modane, Chambéry and Lyon", "△단둥 △선양 △우한을
 * 종단하고"): a word of travel before the list's first name or after its last speaks for every
 * name of the list.
 */
import type { Tokens } from './text';

/** Tokens that may stand between two names of a list: separators, bullets, "and" as read. */
const SEPARATORS = new Set([',', '、', '△', '▲', '·', '•', '/', ';', '–', '-', 'and']);

/**
 * Whether the tokens [from, to) join two names of a list: separators, with at most three single
 * words between them that the gazetteer did not know ("△선양 △텐진 △스좌좡 △우한").
 */
function between(t: Tokens, from: number, to: number): boolean {
  const gap = t.tokens.slice(from, to);
  if (gap.length === 0 || gap.length > 7) return false;
  if (!SEPARATORS.has(gap[0]?.key ?? '') || !SEPARATORS.has(gap[gap.length - 1]?.key ?? ''))
    return false;
  return gap.every(
    (x, k) => SEPARATORS.has(x.key) || (x.kind === 'word' && SEPARATORS.has(gap[k + 1]?.key ?? '')),
  );
}

/**
 * The lists of names of one article: runs of two or more names of one sentence with only
 * separators between them, as indexes into `named` (sorted by position).
 */
export function nameLists(t: Tokens, named: { from: number; to: number }[]): number[][] {
  const lists: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) lists.push(run);
    run = [];
  };
  named.forEach((n, i) => {
    const prev = named[i - 1];
    const linked =
      !!prev &&
      prev.to <= n.from &&
      t.tokens[prev.to]?.sentence === t.tokens[n.from]?.sentence &&
      between(t, prev.to, n.from);
    if (!linked) close();
    run.push(i);
  });
  close();
  return lists;
}

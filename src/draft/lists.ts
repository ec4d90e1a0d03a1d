/**
 * Places named in one list ("passing Turin, Modane, Chambéry and Lyon", "△단둥 △선양 △우한을
 * 종단하고"): a word of travel before the list's first name or after its last speaks for every
 * name of the list.
 */
import type { Tokens } from './text';

/** Tokens that may stand between two names of a list: separators, bullets, "and" as read. */
const SEPARATORS = new Set([',', '、', '△', '▲', '·', '•', '/', ';', '–', '-', 'and']);

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
      n.from - prev.to <= 2 &&
      t.tokens.slice(prev.to, n.from).every((x) => SEPARATORS.has(x.key));
    if (!linked) close();
    run.push(i);
  });
  close();
  return lists;
}

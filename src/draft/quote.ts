import { clauseAround, type Tokens } from './text';

/** Whether a slice can stand as a quote of the story format (no control characters, ≤ 600). */
export function usable(q: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the story format refuses them
  return q.length > 0 && q.length <= 600 && !/[\u0000-\u001f\u007f]/.test(q) && q.trim() === q;
}

/**
 * The shortest run of clauses of one sentence that holds tokens [from, to): a verbatim slice of
 * the article, from the first clause's first token to the last clause's last. Falls back to the
 * tokens themselves when the clauses are too long to quote.
 */
export function quoteOf(t: Tokens, from: number, to: number): string | null {
  const [a] = clauseAround(t, from);
  const [, b] = clauseAround(t, Math.max(from, to - 1));
  const slice = (x: number, y: number) =>
    t.text.slice(t.tokens[x]?.start ?? 0, t.tokens[y - 1]?.end ?? 0).trim();
  let lo = a;
  let hi = b;
  // Never open on a closing mark or a conjunction, nor close on an opening one.
  while (
    lo < from &&
    /^[,;:)”’"]$|^(and|but|while|whereas|although|though)$/.test(t.tokens[lo]?.key ?? '')
  )
    lo++;
  while (hi > to && /^[,;:(“‘"–—]$/.test(t.tokens[hi - 1]?.text ?? '')) hi--;
  const q = slice(lo, hi);
  if (usable(q)) return q;
  const tight = slice(from, to);
  return usable(tight) ? tight : null;
}

/** The sentence of token `i`, as a quote (its first clause run of ≤ 600 characters). */
export function sentenceQuote(t: Tokens, i: number): string | null {
  const s = t.sentences[t.tokens[i]?.sentence ?? 0];
  if (!s) return null;
  const q = t.text.slice(s.start, s.end).trim();
  return usable(q) ? q : quoteOf(t, i, i + 1);
}

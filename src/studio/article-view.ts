import type { Claim } from '../data/claims-schema';
import { h } from '../dom';

/**
 * The article as text with each claim's quote marked (quotes are verbatim, so each is found as
 * written; one that overlaps an earlier mark is left unmarked). Text only: nothing is parsed as
 * HTML.
 */
export function renderArticle(host: HTMLElement, text: string, claims: Claim[]): void {
  const spans = claims
    .map((c) => ({ id: c.id, at: text.indexOf(c.quote), len: c.quote.length }))
    .filter((s) => s.at >= 0)
    .sort((a, b) => a.at - b.at);
  const out: (Node | string)[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.at < at) continue;
    out.push(
      text.slice(at, s.at),
      h('mark', { id: `q-${s.id}`, tabindex: '-1' }, text.slice(s.at, s.at + s.len)),
    );
    at = s.at + s.len;
  }
  out.push(text.slice(at));
  host.replaceChildren(...out);
}

/**
 * Stations and airports the gazetteer does not know by name ("Penn Station", "gare
 * d'Austerlitz", "Haneda Airport", "estación de Atocha"): each is a place of its own, at the
 * coordinates of the city the text ties it to (its sentence's nearest place, else the place named
 * last before it), said in REVIEW.md by `stationEntries`.
 */
import type { ArticleMentions, NameMention } from './mention-types';
import type { Resolved } from './resolve';
import { cased, type Token, type Tokens } from './text';

/** Keys (as the lexicons read them) that head a station's or an airport's name. */
const HEADS = new Set(['station', 'airport', 'terminal', 'terminus']);
/** Words between a head and the name after it ("gare de Lyon", "estación de Atocha"). */
const LINKS = new Set(['de', 'd', "d'", 'del', 'di', 'da', 'from', 'of']);
/** Words that may stand between a name and its head ("Shenzhenbei railway station"). */
const INNER = new Set(['railway', 'train', 'rail', 'central', 'international', 'main', 'bus']);

const isName = (t: Token | undefined) => !!t && cased(t) && !t.stop && !HEADS.has(t.key);

/** The station spans of one article's tokens that no name mention covers: [from, to). */
function stationSpans(t: Tokens, covered: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  const tk = t.tokens;
  for (let h = 0; h < tk.length; h++) {
    const head = tk[h];
    if (!head || !HEADS.has(head.key)) continue;
    const s = head.sentence;
    // "Penn Station", "Iddo station", "Shenzhenbei railway station", "Московский вокзал".
    let a = h;
    while (a > 0 && INNER.has(tk[a - 1]?.key ?? '') && tk[a - 1]?.sentence === s) a--;
    let b = a;
    while (b > 0 && b > a - 3 && isName(tk[b - 1]) && tk[b - 1]?.sentence === s) b--;
    if (b < a && !covered(b) && !covered(a - 1)) {
      out.push([b, h + 1]);
      continue;
    }
    // "gare d'Austerlitz", "estación de Atocha", "вокзал Тьер".
    let c = h + 1;
    if (LINKS.has(tk[c]?.key ?? '') || LINKS.has(tk[c]?.text.toLowerCase() ?? '')) c++;
    let d = c;
    while (d < c + 3 && isName(tk[d]) && tk[d]?.sentence === s) d++;
    if (d > c && !covered(c)) out.push([h, d]);
  }
  return out;
}

/**
 * Resolved mentions for the stations of each article, at the city the text ties each to; they
 * join the article's name mentions so that claims can be about them.
 */
export function stationMentions(
  articles: { tokens: Tokens }[],
  mentions: ArticleMentions[],
  resolved: Resolved[],
): Resolved[] {
  const added: Resolved[] = [];
  articles.forEach((a, i) => {
    const t = a.tokens;
    const mine = resolved
      .filter((r) => r.article === i)
      .sort((x, y) => x.mention.from - y.mention.from);
    const covered = (k: number) => mine.some((r) => r.mention.from <= k && k < r.mention.to);
    for (const [from, to] of stationSpans(t, covered)) {
      const s = t.tokens[from]?.sentence;
      const inSentence = mine.filter((r) => t.tokens[r.mention.from]?.sentence === s);
      const gap = (r: Resolved) => Math.abs(r.mention.from - from);
      const city =
        [...inSentence].sort((x, y) => gap(x) - gap(y))[0] ??
        mine.filter((r) => r.mention.to <= from).pop();
      if (!city) continue;
      const text = t.text.slice(t.tokens[from]?.start ?? 0, t.tokens[to - 1]?.end ?? 0);
      const mention: NameMention = {
        key: text.toLowerCase(),
        text,
        from,
        to,
        matches: city.mention.matches,
        country: null,
        region: null,
        station: text,
      };
      mentions[i]?.names.push(mention);
      added.push({ article: i, mention, entry: city.entry });
    }
    mentions[i]?.names.sort((x, y) => x.from - y.from);
  });
  return added;
}

/**
 * Stations and airports the gazetteer does not know by name ("Penn Station", "gare
 * d'Austerlitz", "Haneda Airport", "estación de Atocha"): each is a place of its own, at the
 * coordinates of the city the text ties it to (its sentence's nearest place, else the place named
 * last before it), said in REVIEW.md by `stationEntries`.
 */
import { keyOf } from './countries';
import type { ArticleMentions, NameMention } from './mention-types';
import type { Resolved } from './resolve';
import {
  gluedHead,
  HEADS,
  HEADS_OR_INNER,
  keys,
  LINKS,
  startsWith,
  stationSpans,
} from './station-spans';
import { capitalised, type Tokens, touching } from './text';
import { DISTRICT_CITY } from './weights';

/** Where a station's own name begins: after its heads and links ("gare d'|Austerlitz"). */
function nameStart(t: Tokens, from: number, to: number): number {
  let a = from;
  const skip = (k: number) => {
    const key = t.tokens[k]?.key ?? '';
    return HEADS.has(key) || LINKS.has(key) || LINKS.has(t.tokens[k]?.text.toLowerCase() ?? '');
  };
  while (a < to - 1 && skip(a)) a++;
  return a;
}

/**
 * The city the article writes just before a station's name, wherever it does: "Paris-Austerlitz"
 * for "la gare d'Austerlitz", "Parigi Gare de Lyon" for "la stazione Gare de Lyon", "New York
 * Penn Station". By the name's key; one pass over the article whatever the number of stations.
 */
function citiesBefore(
  t: Tokens,
  names: Set<string>,
  cityEndingAt: (k: number) => Resolved | undefined,
): Map<string, Resolved> {
  const out = new Map<string, Resolved>();
  const lengths = new Set([...names].map((n) => n.split(' ').length));
  const tk = t.tokens;
  for (let k = 1; k < tk.length; k++)
    for (const n of lengths) {
      const key = keyOf(t.text, tk, k, k + n);
      if (!names.has(key) || out.has(key)) continue;
      // Back over a hyphen, the station's heads and links ("Parigi| Gare de |Lyon").
      let j = k;
      while (j > k - 4 && j > 0) {
        const b = tk[j - 1];
        const w = b?.key ?? '';
        if (
          b?.text === '-' ||
          HEADS.has(w) ||
          LINKS.has(w) ||
          LINKS.has(b?.text.toLowerCase() ?? '')
        )
          j--;
        else break;
      }
      const city = cityEndingAt(j);
      if (city && tk[j - 1]?.sentence === tk[k]?.sentence) out.set(key, city);
    }
  return out;
}

/**
 * "Nice-Ville", "Paris-Austerlitz", "Lyon Part-Dieu": a big city, then (after a hyphen, or a space
 * when the name is hyphenated itself) a name that is no place of its own: the city's station or
 * district, as [from, to, text] over the name, its text from the city on.
 */
function districts(
  t: Tokens,
  mine: Resolved[],
  taken: (k: number) => boolean,
): [number, number, string][] {
  const tk = t.tokens;
  const out: [number, number, string][] = [];
  for (const r of mine) {
    const e = r.entry;
    if (r.mention.station || (e.population < DISTRICT_CITY && !/^PPL(C|A)$/.test(e.featureCode)))
      continue;
    const last = tk[r.mention.to - 1];
    const gap = tk[r.mention.to];
    const hyphen = gap?.text === '-' && touching(last, gap);
    const from = hyphen ? r.mention.to + 1 : r.mention.to;
    if (hyphen && !touching(gap, tk[from])) continue;
    let to = from;
    // The name's words, and hyphens inside it ("Part-Dieu", "Saint-Lazare").
    while (
      to < from + 5 &&
      tk[to]?.sentence === last?.sentence &&
      ((to === from || tk[to - 1]?.text === '-') && capitalised(tk[to]) && (hyphen || !tk[to]?.stop)
        ? true
        : tk[to]?.text === '-' && touching(tk[to - 1], tk[to]) && capitalised(tk[to + 1]))
    )
      to++;
    // "Shenzhen-Hong Kong": a name cut short is another place's.
    if (capitalised(tk[to]) && tk[to]?.sentence === last?.sentence) continue;
    if (to === from || taken(from) || [...Array(to - from).keys()].some((d) => taken(from + d)))
      continue;
    const inner = tk.slice(from, to).some((x) => x.text === '-');
    if (!hyphen && !inner) continue;
    out.push([from, to, t.text.slice(tk[r.mention.from]?.start ?? 0, tk[to - 1]?.end ?? 0)]);
  }
  return out;
}

/**
 * Resolved mentions for the stations of each article, at the city the text ties each to; they
 * join the article's name mentions so that claims can be about them.
 */
export function stationMentions(
  articles: { tokens: Tokens; suffixes?: string[]; notStations?: string[] }[],
  mentions: ArticleMentions[],
  resolved: Resolved[],
): { added: Resolved[]; consumed: Set<NameMention> } {
  const added: Resolved[] = [];
  const consumed = new Set<NameMention>();
  articles.forEach((a, i) => {
    const t = a.tokens;
    const mine = resolved
      .filter((r) => r.article === i)
      .sort((x, y) => x.mention.from - y.mention.from);
    // Which tokens a name covers, the names of each sentence, and the last name before each
    // token: built once, so that an article of many stations stays linear.
    const cover = new Uint8Array(t.tokens.length);
    const bySentence = new Map<number, Resolved[]>();
    const lastBefore: (Resolved | undefined)[] = new Array(t.tokens.length + 1);
    for (const r of mine) {
      for (let k = r.mention.from; k < r.mention.to; k++) cover[k] = 1;
      const s = t.tokens[r.mention.from]?.sentence ?? -1;
      bySentence.set(s, [...(bySentence.get(s) ?? []).slice(-8), r]);
    }
    let m = 0;
    let last: Resolved | undefined;
    for (let k = 0; k <= t.tokens.length; k++) {
      while (mine[m] && (mine[m] as Resolved).mention.to <= k) last = mine[m++];
      lastBefore[k] = last;
    }
    // "the Iddo station in Lagos": a station named after a small place, in the city named next.
    for (const r of mine) {
      if (!r.mention.station) continue;
      let k = r.mention.to;
      while (k < r.mention.to + 3 && HEADS_OR_INNER(t.tokens[k]?.key ?? '')) k++;
      const s = t.tokens[r.mention.from]?.sentence;
      if (t.tokens[k]?.key !== 'in' || t.tokens[k + 1]?.sentence !== s) continue;
      const city = mine.find((x) => x.mention.from === k + 1 && !x.mention.station);
      if (city) r.entry = city.entry;
    }
    // "평양역에서", "동당역": a station's head glued to its name, as Korean writes it.
    const glued: [number, number, string][] = [];
    t.tokens.forEach((tok, k) => {
      const at =
        a.suffixes?.length && !a.notStations?.some((w) => tok.text.includes(w))
          ? gluedHead(tok.text, a.suffixes)
          : 0;
      if (at === 0) return;
      const text = tok.text.slice(0, at);
      const own = mine.find((r) => r.mention.from === k && r.mention.to === k + 1);
      if (own) own.mention.station ??= text;
      else if (cover[k] !== 1) glued.push([k, k + 1, text]);
    });
    const spans = [
      ...stationSpans(t, (k) => cover[k] === 1).map(([from, to, named]) => {
        const [sa, sb] = named ?? [from, to];
        const text = t.text.slice(t.tokens[sa]?.start ?? 0, t.tokens[sb - 1]?.end ?? 0);
        return [from, to, text] as [number, number, string];
      }),
      ...glued,
    ];
    spans.push(
      ...districts(t, mine, (k) => cover[k] === 1 || spans.some(([a, b]) => k >= a && k < b)),
    );
    spans.sort((x, y) => x[0] - y[0]);
    const nameKey = (from: number, to: number) =>
      keyOf(t.text, t.tokens, nameStart(t, from, to), to);
    const endingAt = new Map<number, Resolved>();
    for (const r of mine) if (!r.mention.station) endingAt.set(r.mention.to, r);
    const before = citiesBefore(
      t,
      new Set(spans.map(([from, to]) => nameKey(from, to)).filter(Boolean)),
      (k) => endingAt.get(k),
    );
    // "Japan Airport Co": a country's name makes no station.
    const country = (from: number, to: number) =>
      mentions[i]?.countries.some((c) => c.from < to && c.to > from) ?? false;
    const placedAt = new Map<string, Resolved>();
    for (const [from, to, text] of spans) {
      if (country(from, to)) continue;
      const inSentence = bySentence.get(t.tokens[from]?.sentence ?? -1) ?? [];
      const gap = (r: Resolved) => Math.abs(r.mention.from - from);
      // "gare de Marseille" where the article names Marseille: at Marseille; else at the city
      // nearest in its sentence, else the one named last before it.
      const own = keys(t, from, to);
      // "Boston’s South Station": the city that owns it, named for the station alone.
      const start = t.tokens[from]?.start ?? 0;
      const owner = mine.find(
        (r) =>
          r.mention.to <= from &&
          !r.mention.station &&
          /^[’']s\s+$/.test(t.text.slice(t.tokens[r.mention.to - 1]?.end ?? 0, start)),
      );
      if (owner && !placedAt.has(text)) consumed.add(owner.mention);
      // A city's name inside the station's ("Baltimore-Washington International Airport").
      for (const r of mine)
        if (r.mention.from >= from && r.mention.to <= to) consumed.add(r.mention);
      const city =
        placedAt.get(text) ??
        before.get(nameKey(from, to)) ??
        owner ??
        mine.find((r) => r.mention.from >= from && r.mention.to <= to) ??
        mine.find((r) => own.has(r.mention.key)) ??
        // "Shenzhenbei railway station": the city its name begins with.
        mine.find((r) => r.mention.key.length >= 4 && startsWith(own, r.mention.key)) ??
        [...inSentence].sort((x, y) => gap(x) - gap(y))[0] ??
        lastBefore[from];
      if (!city) continue;
      // One station of one name per article: where it was first placed.
      placedAt.set(text, city);
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
    const names = mentions[i];
    if (names) names.names = names.names.filter((n) => !consumed.has(n));
    names?.names.sort((x, y) => x.from - y.from);
  });
  return { added, consumed };
}

/**
 * Stations and airports the gazetteer does not know by name ("Penn Station", "gare
 * d'Austerlitz", "Haneda Airport", "estación de Atocha"): each is a place of its own, at the
 * coordinates of the city the text ties it to (its sentence's nearest place, else the place named
 * last before it), said in REVIEW.md by `stationEntries`.
 */
import { keyOf } from './countries';
import type { ArticleMentions, NameMention } from './mention-types';
import type { Resolved } from './resolve';
import { capitalised, cased, type Token, type Tokens, touching } from './text';

/** Keys (as the lexicons read them) that head a station's or an airport's name. */
const HEADS = new Set(['station', 'airport', 'terminal', 'terminus']);
/** Words between a head and the name after it ("gare de Lyon", "estación de Atocha"). */
const LINKS = new Set(['de', 'd', "d'", 'del', 'di', 'da', 'from', 'of']);
/** Words that may stand between a name and its head ("Shenzhenbei railway station"). */
const INNER = new Set(['railway', 'train', 'rail', 'central', 'international', 'main', 'bus']);

const HEADS_OR_INNER = (key: string) => HEADS.has(key) || INNER.has(key);
const isName = (t: Token | undefined) => !!t && cased(t) && !t.stop && !HEADS.has(t.key);

/** The station spans of one article's tokens that no name mention covers: [from, to). */
function stationSpans(
  t: Tokens,
  covered: (k: number) => boolean,
): ([number, number] | [number, number, [number, number]])[] {
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
    // "Baltimore-Washington International Airport": names joined by a hyphen, one name.
    const hyphen = (k: number) =>
      tk[k]?.text === '-' && touching(tk[k - 1], tk[k]) && touching(tk[k], tk[k + 1]);
    while (
      b > 0 &&
      b > a - 5 &&
      (isName(tk[b - 1]) || (hyphen(b - 1) && isName(tk[b - 2]))) &&
      tk[b - 1]?.sentence === s
    )
      b--;
    if (b < a && !covered(a - 1) && (!covered(b) || hyphen(b + 1))) {
      out.push([b, h + 1]);
      continue;
    }
    // "gare d'Austerlitz", "estación de Atocha", "вокзал Тьер", "Gare de Lyon" (a capitalised
    // head only with a link: not "Station Road", "Airport Co").
    let c = h + 1;
    if (LINKS.has(tk[c]?.key ?? '') || LINKS.has(tk[c]?.text.toLowerCase() ?? '')) c++;
    else if (cased(head) && capitalised(head)) continue;
    let d = c;
    // "Gare de Lyon" after "stazione": a link inside the name when a name follows it.
    const link = (k: number) => d > c && LINKS.has(tk[k]?.key ?? '') && isName(tk[k + 1]);
    while (d < c + 4 && (isName(tk[d]) || link(d)) && tk[d]?.sentence === s) d++;
    if (d > c && !covered(c)) out.push([h, d]);
  }
  return [...out, ...alone(t, out, covered)];
}

/**
 * The same stations named alone later ("estación de Atocha" … "partió de Atocha"): the name
 * after the head, wherever else it stands and no name mention covers it, as [from, to, span]
 * with the span whose text it takes.
 */
function alone(t: Tokens, spans: [number, number][], covered: (k: number) => boolean) {
  const tk = t.tokens;
  const byName = new Map<string, [number, number]>();
  for (const [h, d] of spans) {
    if (!HEADS.has(tk[h]?.key ?? '')) continue;
    let c = h + 1;
    while (c < d && !isName(tk[c])) c++;
    if (c < d) byName.set(keyOf(t.text, tk, c, d), [h, d]);
  }
  const out: [number, number, [number, number]][] = [];
  if (byName.size === 0) return out;
  const inSpan = (k: number) => spans.some(([a, b]) => k >= a && k < b);
  for (let k = 0; k < tk.length; k++)
    for (let n = 3; n >= 1; n--) {
      const span = byName.get(keyOf(t.text, tk, k, k + n));
      if (!span || inSpan(k) || covered(k) || !isName(tk[k]) || isName(tk[k + n])) continue;
      out.push([k, k + n, span]);
      k += n - 1;
      break;
    }
  return out;
}

/**
 * Where a station's name ends in a word with its head glued on ("평양역에서" → 3, after "평양역"),
 * or 0: a name of two letters or more, then the head, then nothing or a particle.
 */
function gluedHead(word: string, suffixes: string[]): number {
  for (const sfx of suffixes) {
    const at = word.indexOf(sfx, 2);
    if (at > 0 && !/[0-9]/.test(word)) return at + sfx.length;
  }
  return 0;
}

/** Whether one of `keys` begins with the name `key`, glued ("shenzhenbei" for "shenzhen"). */
const startsWith = (keys: Set<string>, key: string) =>
  [...keys].some((k) => k.startsWith(key) && /^[a-z]/.test(k.slice(key.length)));

/** The keys of every run of the span's words, to find a city it is named after. */
function keys(t: Tokens, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let a = from; a < to; a++)
    for (let b = a + 1; b <= to; b++) out.add(keyOf(t.text, t.tokens, a, b));
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
    spans.sort((x, y) => x[0] - y[0]);
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

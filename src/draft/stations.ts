/**
 * Stations and airports the gazetteer does not know by name ("Penn Station", "gare
 * d'Austerlitz", "Haneda Airport", "estación de Atocha"): each is a place of its own, at the
 * coordinates of the city the text ties it to (its sentence's nearest place, else the place named
 * last before it), said in REVIEW.md by `stationEntries`.
 */
import { keyOf } from './countries';
import { leavesOrArrives } from './legs';
import type { ArticleMentions, NameMention } from './mention-types';
import type { Resolved } from './resolve';
import { citiesBefore, cityAdjective, districts, ends, nameStart } from './station-cities';
import { gluedHead, HEADS, HEADS_OR_INNER, keys, startsWith, stationSpans } from './station-spans';
import type { Tokens } from './text';

/**
 * Resolved mentions for the stations of each article, at the city the text ties each to; they
 * join the article's name mentions so that claims can be about them.
 */
export function stationMentions(
  articles: {
    tokens: Tokens;
    suffixes?: string[];
    notStations?: string[];
    namedForDestination?: boolean;
  }[],
  mentions: ArticleMentions[],
  resolved: Resolved[],
  bigPlace: (key: string) => boolean = () => false,
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
    const [origin, destination] = ends(t, mine);
    const journeyEnd = (k: number) => {
      const way = leavesOrArrives(t, k).first;
      return way < 0 ? origin : way > 0 ? destination : undefined;
    };
    // "the Iddo station in Lagos": a station named after a small place, in the city named next.
    for (const r of mine) {
      if (!r.mention.station) continue;
      let k = r.mention.to;
      while (k < r.mention.to + 3 && HEADS_OR_INNER(t.tokens[k]?.key ?? '')) k++;
      const s = t.tokens[r.mention.from]?.sentence;
      const next = t.tokens[k]?.key === 'in' && t.tokens[k + 1]?.sentence === s;
      const after = next
        ? mine.find((x) => x.mention.from === k + 1 && !x.mention.station)
        : undefined;
      // "с платформы Московского вокзала": named for where its trains go, it stands in the city
      // nearest in its sentence, else the one named last before it (not a name in quotation
      // marks: «Туту.ру» is a website).
      const quoted = (x: Resolved) =>
        '«“"'.includes(t.text[(t.tokens[x.mention.from]?.start ?? 0) - 1] ?? ' ');
      const elsewhere = (x: Resolved) =>
        !x.mention.station && x.entry.id !== r.entry.id && !quoted(x);
      const city =
        after ??
        (a.namedForDestination
          ? ((bySentence.get(s ?? -1) ?? [])
              .filter(elsewhere)
              .sort(
                (x, y) =>
                  Math.abs(x.mention.from - r.mention.from) -
                  Math.abs(y.mention.from - r.mention.from),
              )[0] ??
            journeyEnd(r.mention.from) ??
            mine.filter((x) => x.mention.to <= r.mention.from && elsewhere(x)).at(-1))
          : undefined);
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
      ...districts(
        t,
        mine,
        (k) =>
          cover[k] === 1 ||
          spans.some(([a, b]) => k >= a && k < b) ||
          bigPlace(t.tokens[k]?.key ?? ''),
      ),
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
      // "Московский вокзал": where the language names a station for where its trains go, the
      // city in its name is elsewhere.
      const namedFor = a.namedForDestination && HEADS.has(t.tokens[to - 1]?.key ?? '');
      // The city its name holds, in this order: inside it, its words, the city its name begins
      // with ("Shenzhenbei railway station").
      const named = [
        (r: Resolved) => r.mention.from >= from && r.mention.to <= to,
        (r: Resolved) => own.has(r.mention.key),
        (r: Resolved) => r.mention.key.length >= 4 && startsWith(own, r.mention.key),
      ];
      const nearest = inSentence
        .filter((r) => !namedFor || !named.some((f) => f(r)))
        .sort((x, y) => gap(x) - gap(y))[0];
      const city =
        placedAt.get(text) ??
        before.get(nameKey(from, to)) ??
        owner ??
        (namedFor ? undefined : cityAdjective(t, from, to, mine)) ??
        (namedFor ? undefined : named.map((f) => mine.find(f)).find(Boolean)) ??
        nearest ??
        journeyEnd(from) ??
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

import { straightKm } from '../journey/distance';
import type { GazetteerEntry, NameMatch } from './gazetteer';
import type { NameMention } from './mentions';

/** A name mention with the entry chosen for it. */
export interface Resolved {
  article: number;
  mention: NameMention;
  entry: GazetteerEntry;
}

/** A choice between entries of one name, for the review list. */
export interface Decision {
  article: number;
  mention: NameMention;
  chosen: GazetteerEntry;
  /** The other entries, best first (at most three). */
  alternatives: GazetteerEntry[];
  reason: string;
  /** How likely the best alternative was, 0–1: the review list puts the likeliest first. */
  weight: number;
}

export interface ArticleContext {
  /** Countries the article names, with how often. */
  countries: Map<string, number>;
  /** Countries named in each sentence. */
  sentenceCountries: Map<number, Set<string>>;
  /** Token index → sentence index. */
  sentenceOf: (token: number) => number;
}

/** Beyond this distance from every other place of the article, a candidate is simply far. */
const NEAR_KM = 1500;

const km = (a: GazetteerEntry, b: GazetteerEntry) => straightKm([a.lon, a.lat], [b.lon, b.lat]);

function score(m: NameMatch, mention: NameMention, ctx: ArticleContext, anchors: GazetteerEntry[]) {
  const e = m.entry;
  // GeoNames writes 0 for a population it does not know: read it as a village's.
  let s = Math.log10((e.population || 500) + 10) * 0.8;
  if (e.featureCode === 'PPLC') s += 1.5;
  else if (e.featureCode.startsWith('PPLA')) s += 0.8;
  if (m.how === 'alternate') s -= 3;
  if (mention.country) s += mention.country === e.country ? 8 : -8;
  if (mention.region)
    s += mention.region.some((r) => r.country === e.country && r.code === e.admin1) ? 10 : -6;
  if (ctx.sentenceCountries.get(ctx.sentenceOf(mention.from))?.has(e.country)) s += 2;
  if (ctx.countries.has(e.country)) s += 1.5;
  const near = anchors.filter((a) => a.id !== e.id);
  if (near.length > 0) {
    const d = Math.min(...near.map((a) => km(a, e)));
    // What the text says, then nearness, then population. Past NEAR_KM nearness says nothing:
    // two candidates both far from the article's other places are told apart by their size.
    s -= 2 * Math.log2(1 + Math.min(d, NEAR_KM) / 100);
  }
  return s;
}

const describe = (e: GazetteerEntry, ctx: ArticleContext, anchors: GazetteerEntry[]) => {
  void ctx;
  const near = anchors.filter((a) => a.id !== e.id);
  return near.length ? Math.min(...near.map((a) => km(a, e))) : null;
};

/**
 * Chooses an entry for every name mention: what the text ties to it ("Portland, Oregon"), the
 * countries the article names, nearness to the article's other places, then population. A later
 * mention with no hint of its own keeps the entry its name had last in the same article.
 */
export function resolveMentions(articles: { mentions: NameMention[]; ctx: ArticleContext }[]): {
  resolved: Resolved[];
  decisions: Decision[];
} {
  // Anchors: names with one candidate, or one of the name itself; then, in a second pass, every
  // place the first pass chose, so an early ambiguous name is judged by the later ones too.
  const anchors: GazetteerEntry[] = [];
  for (const a of articles)
    for (const m of a.mentions) {
      const named = m.matches.filter((x) => x.how === 'name');
      const one = m.matches.length === 1 ? m.matches[0] : named.length === 1 ? named[0] : undefined;
      if (one) anchors.push(one.entry);
    }
  const first = pass(articles, anchors);
  return pass(articles, [...anchors, ...first.resolved.map((r) => r.entry)]);
}

/** One entry per GeoNames id, in first-seen order. */
function distinct(entries: GazetteerEntry[]): GazetteerEntry[] {
  return [...new Map(entries.map((e) => [e.id, e])).values()];
}

function pass(
  articles: { mentions: NameMention[]; ctx: ArticleContext }[],
  given: GazetteerEntry[],
): { resolved: Resolved[]; decisions: Decision[] } {
  const anchors = distinct(given);
  const anchorIds = new Set(anchors.map((e) => e.id));
  const resolved: Resolved[] = [];
  const decisions: Decision[] = [];
  articles.forEach((a, article) => {
    const last = new Map<string, GazetteerEntry>();
    const senses = new Map<string, GazetteerEntry[]>();
    const carried: Resolved[] = [];
    for (const mention of a.mentions) {
      const prior = last.get(mention.key);
      if (prior && !mention.country && !mention.region) {
        const r = { article, mention, entry: prior };
        resolved.push(r);
        carried.push(r);
        continue;
      }
      const ranked = mention.matches
        .map((m) => ({ m, s: score(m, mention, a.ctx, anchors) }))
        .sort(
          (x, y) =>
            y.s - x.s || y.m.entry.population - x.m.entry.population || x.m.entry.id - y.m.entry.id,
        );
      const best = ranked[0];
      if (!best) continue;
      const entry = best.m.entry;
      last.set(mention.key, entry);
      const known = senses.get(mention.key) ?? [];
      if (!known.some((e) => e.id === entry.id)) senses.set(mention.key, [...known, entry]);
      resolved.push({ article, mention, entry });
      if (!anchorIds.has(entry.id)) {
        anchors.push(entry);
        anchorIds.add(entry.id);
      }
      const others = ranked
        .slice(1)
        .filter((r) => r.m.entry.population >= 500 || r.m.how === 'name');
      if (others.length === 0) continue;
      const second = others[0];
      const weight = second ? 1 / (1 + Math.exp(best.s - second.s)) : 0;
      decisions.push({
        article,
        mention,
        chosen: entry,
        alternatives: others.slice(0, 3).map((r) => r.m.entry),
        reason: reason(mention, best.m, ranked.length, describe(entry, a.ctx, anchors)),
        weight,
      });
    }
    // A name the article gave two senses ("Portland, Oregon" … "Portland, Maine"): a later bare
    // "Portland" is the sense nearest the other places of its sentence, else the last named.
    const bySentence = new Map<number, Resolved[]>();
    for (const x of resolved) {
      if (x.article !== article) continue;
      const s = a.ctx.sentenceOf(x.mention.from);
      bySentence.set(s, [...(bySentence.get(s) ?? []), x]);
    }
    for (const r of carried) {
      const options = senses.get(r.mention.key) ?? [];
      if (options.length < 2) continue;
      const others = (bySentence.get(a.ctx.sentenceOf(r.mention.from)) ?? [])
        .filter((x) => x.mention.key !== r.mention.key)
        .map((x) => x.entry);
      if (others.length === 0) continue;
      const d = (e: GazetteerEntry) => Math.min(...others.map((o) => km(o, e)));
      r.entry = [...options].sort((x, y) => d(x) - d(y))[0] ?? r.entry;
    }
  });
  return { resolved, decisions };
}

function reason(mention: NameMention, best: NameMatch, n: number, nearKm: number | null): string {
  if (mention.region) return `the text names its region (${mention.region[0]?.name ?? ''})`;
  if (mention.country) return `the text ties it to its country (${mention.country})`;
  if (best.how === 'alternate') return `matched by an alternate name; ${n} entries in all`;
  if (nearKm !== null && nearKm < 500)
    return `the nearest to the article's other places (${Math.round(nearKm)} km from the nearest)`;
  return `the most likely of ${n} entries (population ${best.entry.population.toLocaleString('en-GB')})`;
}

/** A name whose only entries lie far from the article's other places: left for the editor. */
export interface FarMention {
  article: number;
  mention: NameMention;
  entry: GazetteerEntry;
  /** Distance to the nearest other place of the article, km. */
  km: number;
}

/**
 * Takes out the names resolved to an entry far outside the article's other places (three or
 * more, all within 800 km of each other, and this one more than 600 km and twice their spread
 * away), unless the text names its region: the
 * gazetteer most likely lacks the place meant ("the border town of Pingxiang", a Pingxiang GeoNames
 * does not list, with one 770 km away that it does).
 */
export function dropFar(resolved: Resolved[]): { kept: Resolved[]; far: FarMention[] } {
  // Per article, each distinct entry once: is it far outside the others? (Articles naming more
  // than 40 places are not compact journeys; nothing is taken out of them.)
  const verdict = new Map<string, number | null>();
  const byArticle = new Map<number, GazetteerEntry[]>();
  for (const r of resolved) {
    const list = byArticle.get(r.article);
    if (list) list.push(r.entry);
    else byArticle.set(r.article, [r.entry]);
  }
  for (const [article, list] of byArticle) {
    const entries = distinct(list);
    for (const e of entries) {
      const others = entries.filter((o) => o.id !== e.id);
      let far: number | null = null;
      if (others.length >= 3 && entries.length <= 40) {
        let spread = 0;
        for (const a of others) for (const b of others) spread = Math.max(spread, km(a, b));
        const d = Math.min(...others.map((o) => km(o, e)));
        if (spread <= 800 && d > Math.max(600, 2 * spread)) far = d;
      }
      verdict.set(`${article}:${e.id}`, far);
    }
  }
  const far: FarMention[] = [];
  const kept = resolved.filter((r) => {
    const d = verdict.get(`${r.article}:${r.entry.id}`) ?? null;
    // "Portland, Maine": a region the text names, or an entry the editor chose, is never
    // second-guessed.
    const chosen = r.mention.matches.some((m) => m.chosen && m.entry.id === r.entry.id);
    if (d === null || r.mention.region || chosen) return true;
    far.push({ article: r.article, mention: r.mention, entry: r.entry, km: d });
    return false;
  });
  return { kept, far };
}

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

const km = (a: GazetteerEntry, b: GazetteerEntry) => straightKm([a.lon, a.lat], [b.lon, b.lat]);

function score(m: NameMatch, mention: NameMention, ctx: ArticleContext, anchors: GazetteerEntry[]) {
  const e = m.entry;
  let s = Math.log10(e.population + 10) * 0.8;
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
    s -= 1.5 * Math.log10(1 + d / 100);
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
  // Anchors: names with one candidate, or a hint that leaves one.
  const anchors: GazetteerEntry[] = [];
  for (const a of articles)
    for (const m of a.mentions) {
      const named = m.matches.filter((x) => x.how === 'name');
      if (named.length === 1 && m.matches.length <= 2 && named[0]) anchors.push(named[0].entry);
    }
  const resolved: Resolved[] = [];
  const decisions: Decision[] = [];
  articles.forEach((a, article) => {
    const last = new Map<string, GazetteerEntry>();
    for (const mention of a.mentions) {
      const prior = last.get(mention.key);
      if (prior && !mention.country && !mention.region) {
        resolved.push({ article, mention, entry: prior });
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
      resolved.push({ article, mention, entry });
      if (!anchors.some((x) => x.id === entry.id)) anchors.push(entry);
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

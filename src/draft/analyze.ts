import type { Excluded } from '../data/claims-schema';
import { type Anchor, anchorsOf } from './anchors';
import { type ArticleInput, type PreparedArticle, prepareArticle } from './article';
import { filterClaims } from './claim-filters';
import { articleClaims, type DraftClaim } from './claims';
import { otherYear } from './context';
import { nameIndex } from './countries';
import { type Description, findDescriptions } from './descriptions';
import { findFigures } from './families';
import type { Gazetteer } from './gazetteer';
import { nameForms } from './lexicon/read';
import { TRAVEL_NEAR_NAME } from './lexicon/rules';
import { nameLists } from './lists';
import { type ArticleMentions, candidateKeys, findMentions, type SiteMention } from './mentions';
import { timetableNear } from './other-trips';
import { type DraftPlace, draftPlaces, stationEntries } from './places';
import { type Decision, dropFar, type FarMention, resolveMentions } from './resolve';
import { stationMentions } from './stations';
import { COMMON_WORDS } from './stop-words';
import { fold } from './text';
import { DISTRICT_CITY } from './weights';

export interface Analysis {
  articles: PreparedArticle[];
  places: DraftPlace[];
  /** Ids of the places on the journey: named by a claim or with a word of travel. */
  journey: Set<string>;
  /** Ids of the places named with a word of travel ("left Pyongyang", "reached Khasan"). */
  travel: Set<string>;
  claims: DraftClaim[];
  excluded: Excluded[];
  decisions: Decision[];
  sites: { article: number; site: SiteMention; label: string }[];
  descriptions: { article: number; d: Description; place: string | null; label: string }[];
  /** Names whose gazetteer entries all lie far from the article's other places. */
  far: FarMention[];
}

/** Everything the draft finds in the articles: places, claims, and what it could not decide. */
export function analyze(inputs: ArticleInput[], g: Gazetteer): Analysis {
  const ids = new Set<string>();
  const files = new Set<string>();
  const articles = inputs.map((a, i) => prepareArticle(a, i, ids, files));
  const names = nameIndex(g.countries, g.regions);
  // Names as the article inflects them ("Москвы", "Münchner"), looked up in dictionary form too.
  const forms = new Map<string, string[]>();
  for (const a of articles)
    for (const k of candidateKeys(a.tokens))
      if (!forms.has(k)) forms.set(k, nameForms(k, a.language.lexicon));
  const keys = new Set([...forms.values()].flat());
  for (const k of names.countries.keys()) keys.delete(k);
  const lookup = g.lookup(keys);
  for (const [k, list] of forms) {
    if (lookup.has(k) || names.countries.has(k)) continue;
    const found = list.find((f) => lookup.has(f));
    const matches = found ? lookup.get(found) : undefined;
    if (matches) lookup.set(k, matches);
  }
  const mentions: ArticleMentions[] = articles.map((a) => {
    const lex = a.language.lexicon;
    const common = lex.code === 'en' ? COMMON_WORDS : new Set((lex.wordsFirst ?? []).map(fold));
    return findMentions(a.tokens, names, lookup, common);
  });
  const first = resolveMentions(
    mentions.map((m, i) => {
      const t = articles[i]?.tokens;
      const countries = new Map<string, number>();
      const perSentence = new Map<number, Set<string>>();
      for (const c of m.countries) {
        countries.set(c.country, (countries.get(c.country) ?? 0) + 1);
        const s = t?.tokens[c.from]?.sentence ?? 0;
        perSentence.set(s, (perSentence.get(s) ?? new Set()).add(c.country));
      }
      return {
        mentions: m.names,
        ctx: {
          countries,
          sentenceCountries: perSentence,
          sentenceOf: (k: number) => t?.tokens[k]?.sentence ?? 0,
        },
      };
    }),
  );
  const { kept: resolved, far } = dropFar(first.resolved);
  const decisions = first.decisions.filter((d) => resolved.some((r) => r.mention === d.mention));
  const day = articles[0]?.meta.published ?? '2000-01-01';
  const regionName = (c: string, code: string) =>
    g.regions.find((r) => r.country === c && r.code === code)?.name ?? null;
  const stations = stationMentions(
    articles.map((a) => ({
      tokens: a.tokens,
      suffixes: a.language.lexicon.stationSuffixes,
      notStations: a.language.lexicon.notStations,
      namedForDestination: a.language.lexicon.stationsNamedForDestination,
    })),
    mentions,
    resolved,
    // "Paris-Nice": a city the gazetteer knows by that name is no district of another ("Part"
    // is only one of Perth's other names).
    (k) =>
      lookup.get(k)?.some((m) => m.how === 'name' && m.entry.population >= DISTRICT_CITY) ?? false,
  );
  // A city named only as a station's owner ("Boston’s South Station") is the station's.
  const cities = resolved.filter((r) => !stations.consumed.has(r.mention));
  resolved.length = 0;
  resolved.push(...cities, ...stations.added);
  for (const note of stationEntries(resolved)) articles[0]?.notes.push(note);
  const places = draftPlaces(resolved, names.byCode, regionName, day);
  const idOf = new Map(
    resolved.map((r) => [r.mention, places.find((p) => p.entry.id === r.entry.id)?.id ?? '']),
  );

  const claims: DraftClaim[] = [];
  const excluded: Excluded[] = [];
  const sites: Analysis['sites'] = [];
  const descriptions: Analysis['descriptions'] = [];
  const journey = new Set<string>();
  const travel = new Set<string>();
  articles.forEach((a, i) => {
    const m = mentions[i];
    if (!m) return;
    const t = a.tokens;
    const label = (from: number, to: number) =>
      t.text.slice(t.tokens[from]?.start ?? 0, t.tokens[to - 1]?.end ?? 0);
    const named = m.names.flatMap((n) => {
      const id = idOf.get(n);
      const place = places.find((p) => p.id === id);
      return id && place ? [{ from: n.from, to: n.to, id, country: place.entry.country }] : [];
    });
    const descs = findDescriptions(t.tokens, m.countries).map((d) => {
      const capital = names.byCode.get(d.country)?.capital;
      // A bare "the capital": the capital of the country of its sentence's places, else the one
      // capital the article names ("Assisi, about 170km north of the capital": Rome).
      const sentence = t.tokens[d.from]?.sentence;
      const here = new Set(
        named.filter((n) => t.tokens[n.from]?.sentence === sentence).map((n) => n.country),
      );
      const all = places.filter((p) => p.entry.featureCode === 'PPLC');
      const near = all.filter((p) => here.has(p.entry.country));
      const capitals = near.length ? near : all;
      const place = d.country
        ? places.find(
            (p) =>
              p.entry.country === d.country &&
              (p.entry.featureCode === 'PPLC' || (capital && fold(p.entry.name) === fold(capital))),
          )
        : capitals.length === 1
          ? capitals[0]
          : undefined;
      descriptions.push({ article: i, d, place: place?.id ?? null, label: label(d.from, d.to) });
      return { from: d.from, to: d.to, id: place?.id ?? null, country: d.country };
    });
    const countries = m.countries.filter(
      (c) => !descs.some((d) => d.from <= c.from && d.to >= c.to),
    );
    for (const s of m.sites) sites.push({ article: i, site: s, label: label(s.from, s.to) });
    // A name left out as too far away still says where a figure is: kept as a place to fill in.
    const unplaced = far
      .filter((f) => f.article === i)
      .map((f) => ({
        kind: 'site' as const,
        from: f.mention.from,
        to: f.mention.to,
        countries: [],
      }));
    const anchors: Anchor[] = anchorsOf(t, named, [...m.sites, ...unplaced], countries, descs);
    const figs = findFigures(t, a.meta.published);
    const found = articleClaims(a.meta.id, t, anchors, figs, a.meta.published);
    const kept = filterClaims(t, found.claims);
    claims.push(...kept.claims);
    excluded.push(...found.excluded, ...kept.excluded);
    // The places of every claim, and those a claim names but could not pair ("Nanning … north-east
    // of Pingxiang", with no Pingxiang to take): the editor needs them once the other is added.
    for (const c of kept.claims)
      for (const p of [...c.claim.places, c.subject?.place, c.reference?.place])
        if (p) journey.add(p);
    const order = [...named].sort((x, y) => x.from - y.from);
    const moving = order.map((n) => {
      if (otherYear(t, n.from, a.meta.published, figs.days)) return false;
      const s = t.tokens[n.from]?.sentence;
      // "Earlier, …", "Ранее …": a sentence about what happened before the journey reported.
      const opener = t.tokens[t.sentences[s ?? 0]?.from ?? 0]?.key ?? '';
      if (opener === 'earlier' || opener === 'previously') return false;
      // "would add a second daily express, with a stop at Mtito Andei": the timetable's stops.
      if (timetableNear(t, n.from, n.to)) return false;
      const after = a.language.lexicon.travelAfter ? 3 : 0;
      for (let k = Math.max(0, n.from - 6); k < n.to + after; k++)
        if (k >= n.from && k < n.to) continue;
        else if (t.tokens[k]?.sentence === s && TRAVEL_NEAR_NAME.has(t.tokens[k]?.key ?? ''))
          return true;
      return false;
    });
    // A word of travel for one name of a list is for all of them.
    for (const list of nameLists(t, order))
      if (list.some((k) => moving[k])) for (const k of list) moving[k] = true;
    order.forEach((n, k) => {
      if (!moving[k]) return;
      journey.add(n.id);
      travel.add(n.id);
    });
  });
  return {
    articles,
    places,
    journey,
    travel,
    claims,
    excluded,
    decisions,
    sites,
    descriptions,
    far,
  };
}

import { type CountryMention, countryAt, keyOf, type Names, regionAt } from './countries';
import type { NameMatch } from './gazetteer';
import { capitalised, type Token, type Tokens, touching } from './text';
import {
  AFTER_NOUNS,
  COMMON_WORDS,
  CONNECTORS,
  FUNCTION_WORDS,
  LOCATIVES,
  type NounKind,
  STATION_WORDS,
  TITLES,
} from './words';

/** A name the gazetteer knows, where the text names it, with what the text says around it. */
export interface NameMention {
  key: string;
  /** The name as the article prints it. */
  text: string;
  from: number;
  to: number;
  matches: NameMatch[];
  /** A country or region the text ties to this very mention ("Portland, Oregon", "Russia’s"). */
  country: string | null;
  region: { country: string; code: string; name: string }[] | null;
}

/** A named thing that is not a settlement: "the Vostochny cosmodrome", "the border". */
export interface SiteMention {
  kind: Exclude<NounKind, 'region' | 'other'>;
  from: number;
  to: number;
  /** Countries the phrase names ("the border with North Korea"). */
  countries: string[];
}

export interface ArticleMentions {
  names: NameMention[];
  countries: CountryMention[];
  sites: SiteMention[];
}

const MAX_WORDS = 6;
const BORDER_ADJECTIVE = new Set([
  'city',
  'town',
  'towns',
  'village',
  'station',
  'checks',
  'check',
  'guards',
  'guard',
  'post',
  'region',
  'area',
  'control',
  'controls',
  'police',
  'officials',
  'dispute',
  'wall',
  'fence',
  'security',
]);
const isWord = (t: Token | undefined) => t?.kind === 'word';
const joins = (tokens: Token[], k: number) => {
  const t = tokens[k];
  return (
    !!t &&
    t.kind === 'punct' &&
    ['-', "'", '’', '.'].includes(t.text) &&
    touching(tokens[k - 1], t) &&
    touching(t, tokens[k + 1])
  );
};

/** Every span that could be a place name: capitalised words, with connectors inside. */
export function candidateSpans(t: Tokens): [number, number][] {
  const out: [number, number][] = [];
  const { tokens } = t;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !capitalised(first) || FUNCTION_WORDS.has(first.key)) continue;
    let words = 0;
    for (let k = i; k < tokens.length && words < MAX_WORDS; k++) {
      const tk = tokens[k];
      if (!tk || tk.sentence !== first.sentence) break;
      if (capitalised(tk)) {
        words++;
        out.push([i, k + 1]);
      } else if (isWord(tk) && CONNECTORS.has(tk.key)) words++;
      else if (!joins(tokens, k)) break;
    }
  }
  return out;
}

/** The folded keys of every candidate span, for one lookup over the gazetteer. */
export function candidateKeys(t: Tokens): string[] {
  return candidateSpans(t).map(([a, b]) => keyOf(t.text, t.tokens, a, b));
}

/**
 * Words of person-like names: runs of two or more capitalised words that are neither a place nor
 * a country ("Kim Jong Un", "Donald Trump"). The same word alone later is the person.
 */
function nameWords(t: Tokens, names: Names, lookup: Map<string, NameMatch[]>): Set<string> {
  const out = new Set<string>();
  const { tokens } = t;
  const strong = (w: Token) => (lookup.get(w.key)?.[0]?.entry.population ?? 0) >= 100_000;
  for (let i = 0; i < tokens.length; i++) {
    // A run starts at its first word that is not a function word ("From Córdoba" is one name).
    while (tokens[i] && FUNCTION_WORDS.has(tokens[i]?.key ?? '') && capitalised(tokens[i])) i++;
    let k = i;
    while (capitalised(tokens[k]) && tokens[k]?.sentence === tokens[i]?.sentence) k++;
    if (k - i >= 2) {
      const run = tokens.slice(i, k);
      const known =
        lookup.has(keyOf(t.text, tokens, i, k)) ||
        run.some((w, j) => countryAt(names, t.text, tokens, i + j) || strong(w)) ||
        run.some((w) => STATION_WORDS.has(w.key) || AFTER_NOUNS[w.key] !== undefined);
      if (!known) for (const w of run) if (!FUNCTION_WORDS.has(w.key)) out.add(w.key);
    }
    i = Math.max(i, k);
  }
  return out;
}

/** Finds the places, countries and sites one article names. */
export function findMentions(
  t: Tokens,
  names: Names,
  lookup: Map<string, NameMatch[]>,
): ArticleMentions {
  const { tokens, text } = t;
  const out: ArticleMentions = { names: [], countries: [], sites: [] };
  const people = nameWords(t, names, lookup);
  const lowerWords = new Set(tokens.filter((x) => isWord(x) && !capitalised(x)).map((x) => x.key));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok) continue;
    // "the border", not "the border city" or "border checks".
    if (
      (tok.key === 'border' || tok.key === 'frontier') &&
      !BORDER_ADJECTIVE.has(tokens[i + 1]?.key ?? '')
    ) {
      const site = borderAt(t, names, i);
      if (site) out.sites.push(site);
      continue;
    }
    if (!capitalised(tok) || FUNCTION_WORDS.has(tok.key)) continue;
    const country = countryAt(names, text, tokens, i);
    if (country) {
      out.countries.push(country);
      i = country.to - 1;
      continue;
    }
    let to = 0;
    let matches: NameMatch[] | undefined;
    for (let n = MAX_WORDS + 2; n >= 1 && !matches; n--) {
      const m = lookup.get(keyOf(text, tokens, i, i + n));
      if (m && tokens[i + n - 1]?.sentence === tok.sentence && capitalised(tokens[i + n - 1])) {
        matches = m;
        to = i + n;
      }
    }
    // A capitalised run followed by a site noun: "Vostochny cosmodrome", "Friendship Bridge".
    let end = to || i + 1;
    while (!matches && capitalised(tokens[end]) && !AFTER_NOUNS[tokens[end]?.key ?? '']) end++;
    const noun = AFTER_NOUNS[tokens[end]?.key ?? ''];
    if (noun && tokens[end]?.sentence === tok.sentence) {
      if (noun !== 'region' && noun !== 'other')
        out.sites.push({ kind: noun, from: i, to: end + 1, countries: [] });
      i = end;
      continue;
    }
    if (!matches) continue;
    if (!plausible(t, i, to, people, lowerWords, names, lookup)) {
      i = to - 1;
      continue;
    }
    const { skip, ...hint } = hints(t, names, i, to);
    const printed = text.slice(tok.start, tokens[to - 1]?.end ?? tok.end).replace(/\s+/g, ' ');
    out.names.push({
      key: keyOf(text, tokens, i, to),
      text: printed,
      from: i,
      to,
      matches,
      ...hint,
    });
    i = Math.max(to, skip) - 1;
  }
  return out;
}

/** Whether the name at [i, to) reads as a place, not a person, a word or part of a brand. */
function plausible(
  t: Tokens,
  i: number,
  to: number,
  people: Set<string>,
  lowerWords: Set<string>,
  names: Names,
  lookup: Map<string, NameMatch[]>,
): boolean {
  const { tokens } = t;
  const first = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[to];
  const single = to - i === 1;
  if (!first) return false;
  const sentenceStart = !prev || prev.sentence !== first.sentence;
  const otherName = (k: number) =>
    lookup.has(tokens[k]?.key ?? '') || !!countryAt(names, t.text, tokens, k);
  // Across a hyphen only a country or a city stands ("Warsaw-Kyiv"; not "Mercedes-Benz").
  const strongName = (k: number) =>
    !!countryAt(names, t.text, tokens, k) ||
    (lookup.get(tokens[k]?.key ?? '')?.[0]?.entry.population ?? 0) >= 100_000;
  if (prev && !sentenceStart) {
    if (
      capitalised(prev) &&
      !FUNCTION_WORDS.has(prev.key) &&
      !countryAt(names, t.text, tokens, i - 1)
    )
      if (!touching(prev, first) || !otherName(i - 1)) return false;
    if (TITLES.has(prev.key)) return false;
    if (prev.text === '-' && touching(prev, first) && !strongName(i - 2)) return false;
  }
  if (next && next.sentence === first.sentence) {
    if (
      capitalised(next) &&
      !touching(tokens[to - 1], next) &&
      !regionAt(names, t.text, tokens, to) &&
      !STATION_WORDS.has(next.key)
    )
      return false;
    if (next.text === '-' && touching(tokens[to - 1], next)) {
      const after = tokens[to + 1];
      if (after?.kind === 'number' || (capitalised(after) && !strongName(to + 1))) return false;
    }
  }
  if (!single) return true;
  // "Oregon", "Idaho": a region's name that is also a small town's is the region.
  const top = lookup.get(first.key)?.[0]?.entry.population ?? 0;
  if (regionAt(names, t.text, tokens, i)?.to === to && top < 100_000) return false;
  const cue = !!prev && !sentenceStart && LOCATIVES.has(prev.key);
  const big = first && tokens.length > 0;
  void big;
  if (people.has(first.key)) return false;
  if (COMMON_WORDS.has(first.key)) return cue;
  if (sentenceStart && lowerWords.has(first.key)) return false;
  const best = lookup.get(first.key)?.[0]?.entry;
  const strong = !!best && (best.population >= 1000 || /^PPL(A|C)/.test(best.featureCode));
  return strong || cue;
}

/** "the border", "the Russian border", "the border with North Korea". */
function borderAt(t: Tokens, names: Names, i: number): SiteMention | null {
  const { tokens, text } = t;
  let from = i;
  const countries: string[] = [];
  for (let k = i - 1; k >= i - 4 && k >= 0; k--) {
    const c = countryAt(names, text, tokens, k);
    if (c && c.to <= i) {
      countries.unshift(c.country);
      from = k;
    } else if (tokens[k]?.text !== '-' && tokens[k]?.key !== 'the') break;
    if (tokens[k]?.key === 'the') {
      from = k;
      break;
    }
  }
  if (tokens[from]?.key !== 'the' && from === i) return null;
  let to = i + 1;
  if (['with', 'between'].includes(tokens[to]?.key ?? '')) {
    for (let k = to + 1; k < to + 8; k++) {
      const c = countryAt(names, text, tokens, k);
      if (c) {
        countries.push(c.country);
        k = c.to - 1;
        to = c.to;
      } else if (tokens[k]?.key !== 'and' && tokens[k]?.key !== 'the') break;
    }
  }
  return { kind: 'border', from, to, countries };
}

/** The country or region the text ties to a name right beside it. */
function hints(
  t: Tokens,
  names: Names,
  i: number,
  to: number,
): Pick<NameMention, 'country' | 'region'> & { skip: number } {
  const { tokens, text } = t;
  const out: Pick<NameMention, 'country' | 'region'> & { skip: number } = {
    country: null,
    region: null,
    skip: 0,
  };
  // "Portland, Oregon" / "Córdoba, Spain" / "Córdoba in Argentina"
  const after = tokens[to]?.text === ',' || tokens[to]?.key === 'in' ? to + 1 : -1;
  if (after > 0) {
    const c = countryAt(names, text, tokens, after);
    if (c && !c.demonym) out.country = c.country;
    const r = regionAt(names, text, tokens, after);
    if (r && !c) {
      out.region = r.regions;
      // The region is the place's qualifier, not a place of its own.
      if (tokens[to]?.text === ',') out.skip = r.to;
    }
  }
  // "Russia’s Vladivostok", "the Polish city of Kraków", "Argentina's second city, Córdoba"
  for (let k = i - 1; k >= Math.max(0, i - 6) && !out.country; k--) {
    if (tokens[k]?.sentence !== tokens[i]?.sentence) break;
    const c = countryAt(names, text, tokens, k);
    if (c && c.to <= i) {
      const between = tokens.slice(c.to, i).map((x) => x.key);
      const ok = between.every((w) =>
        /^(’s|'s|city|town|port|capital|village|of|the|border|second|resort|industrial|coastal|northern|southern|eastern|western|,)$/.test(
          w,
        ),
      );
      if (ok) out.country = c.country;
      break;
    }
  }
  return out;
}

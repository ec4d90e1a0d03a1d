/** Whether a name read in the text is a place, the country or region beside it, and "the border". */
import { countryAt, keyOf, type Names, regionAt } from './countries';
import type { NameMatch } from './gazetteer';
import { BORDER_ADJECTIVES, NAMES_JOINED_BY } from './lexicon/rules';
import type { NameMention, SiteMention } from './mention-types';
import { COMMON_WORDS, FUNCTION_WORDS } from './stop-words';
import { capitalised, cased, type Tokens, touching } from './text';
import { ownsDistricts } from './weights';
import { LOCATIVES, STATION_WORDS, TITLES } from './words';

/** Words that join a name to the name it ends ("Côte d'Azur", "Costa del Sol", "Bay of Biscay"). */
const OF_WORDS = new Set(['de', "d'", 'del', 'della', 'di', 'da', 'du', 'des', 'of', 'do']);

/** Whether the run of capitalised words ending at token k follows a title ("King Juan Carlos"). */
function titledBefore(tokens: Tokens['tokens'], k: number): boolean {
  const s = tokens[k]?.sentence;
  let j = k;
  const title = (n: number) => TITLES.has(tokens[n]?.key ?? '');
  while (j >= 0 && j > k - 3 && cased(tokens[j]) && !title(j) && tokens[j]?.sentence === s) j--;
  return j < k && tokens[j]?.sentence === s && title(j);
}

/** "the border city", "border checks": "border" as an adjective, not a place. */
export const borderAdjective = (next: string): boolean => BORDER_ADJECTIVES.has(next);

/**
 * Whether the name at [i, to) reads as a place, not a person, a word or part of a brand. `common`:
 * the article's language's words that are places somewhere but words first ("Nice" is a word in
 * English, a city in French).
 */
export function plausible(
  t: Tokens,
  i: number,
  to: number,
  people: Set<string>,
  lowerWords: Set<string>,
  names: Names,
  lookup: Map<string, NameMatch[]>,
  common: Set<string> = COMMON_WORDS,
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
  const self = lookup.get(first.key)?.[0]?.entry;
  const strongSelf = (self?.population ?? 0) >= 100_000;
  // A big city named before its station or district: "left London Euston", "from Paris Nord".
  const entryAt = (k: number) => lookup.get(tokens[k]?.key ?? '')?.[0]?.entry;
  const bigCity = (self?.population ?? 0) >= 500_000 || /^PPL(C|A)$/.test(self?.featureCode ?? '');
  const locative = !!prev && !sentenceStart && LOCATIVES.has(prev.key);
  // "Côte d'Azur", "Costa del Sol": the end of a longer name, not a town named "Azur".
  const before = tokens[i - 2];
  if (
    prev &&
    !sentenceStart &&
    OF_WORDS.has(prev.text.toLowerCase().replace('’', "'")) &&
    before?.sentence === first.sentence &&
    cased(before) &&
    !before.noun &&
    !FUNCTION_WORDS.has(before.key) &&
    !STATION_WORDS.has(before.key) &&
    !otherName(i - 2)
  )
    return false;
  if (prev && !sentenceStart) {
    // "el AVE Madrid-Valencia", "the TGV Paris-Lyon": a train's initials before a city's name.
    const initials = /^\p{Lu}{2,5}$/u.test(prev.text) && strongSelf;
    if (
      cased(prev) &&
      !prev.noun &&
      !initials &&
      !FUNCTION_WORDS.has(prev.key) &&
      !countryAt(names, t.text, tokens, i - 1)
    )
      if (!touching(prev, first) || !otherName(i - 1)) return false;
    if (TITLES.has(prev.key)) return false;
    // "los reyes Juan Carlos y Sofía", "President Lula and Alckmin": the second of two names
    // after a title is a person too.
    if (NAMES_JOINED_BY.has(prev.key) && titledBefore(tokens, i - 2)) return false;
    if (prev.text === '-' && touching(prev, first) && !strongSelf) {
      // "Shin-Osaka" is Osaka's station; "Mercedes-Benz" no place at all.
      if (!strongName(i - 2)) return false;
      // "Paris-Austerlitz": after a city and a hyphen, a village of another country is the
      // city's station or district ("Paris-Briançon" is a leg).
      const city = entryAt(i - 2);
      if (self && ownsDistricts(city) && self.country !== city?.country) return false;
    }
  }
  if (next && next.sentence === first.sentence) {
    if (
      cased(next) &&
      !next.noun &&
      !touching(tokens[to - 1], next) &&
      !regionAt(names, t.text, tokens, to) &&
      !STATION_WORDS.has(next.key) &&
      !(bigCity && locative)
    )
      return false;
    if (next.text === '-' && touching(tokens[to - 1], next)) {
      const after = tokens[to + 1];
      if (after?.kind === 'number') return false;
      if (
        capitalised(after) &&
        !ownsDistricts(self) &&
        !(strongSelf && strongName(to + 1)) &&
        !countryAt(names, t.text, tokens, to + 1)
      )
        return false;
    }
  }
  // "Chicago's Union Station" is a station, whatever small town shares its name.
  if (!single && STATION_WORDS.has(tokens[to - 1]?.key ?? '') && (self?.population ?? 0) < 100_000)
    return false;
  // "Oregon", "New Jersey": a region's name that is also a small town's is the region.
  const top = lookup.get(keyOf(t.text, tokens, i, to))?.[0]?.entry.population ?? 0;
  if (regionAt(names, t.text, tokens, i)?.to === to && top < 100_000) return false;
  if (!single) return true;
  const cue = !!prev && !sentenceStart && LOCATIVES.has(prev.key);
  if (people.has(first.key)) return false;
  if (common.has(first.key)) return cue;
  if (sentenceStart && lowerWords.has(first.key)) return false;
  const best = lookup.get(first.key)?.[0]?.entry;
  const strong = !!best && (best.population >= 1000 || /^PPL(A|C)/.test(best.featureCode));
  return strong || cue;
}

/** "the border", "the Russian border", "the border with North Korea". */
export function borderAt(t: Tokens, names: Names, i: number): SiteMention | null {
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
export function hints(
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

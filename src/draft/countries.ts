import type { CountryInfo, RegionInfo } from './gazetteer';
import { capitalised, fold, type Token } from './text';

/** A country named in the text: "Russia", "Russia’s", "North Korean", "the US". */
export interface CountryMention {
  country: string;
  /** Named by its demonym ("Polish"), not its name. */
  demonym: boolean;
  from: number;
  to: number;
}

const REGION_SUFFIX =
  /\s+(oblast|krai|kray|region|province|state|prefecture|county|voivodeship|governorate|district|territory|autonomous okrug|republic)$/;

/**
 * Territories that are one city, named as the city is (Hong Kong, Macau, Singapore, Monaco,
 * Gibraltar, Vatican City): a train reaches "Hong Kong" the city, a place the gazetteer has.
 */
const CITY_STATES = new Set(['HK', 'MO', 'SG', 'MC', 'GI', 'VA']);

export interface Names {
  countries: Map<string, { country: string; demonym: boolean }>;
  regions: Map<string, RegionInfo[]>;
  byCode: Map<string, CountryInfo>;
  /** The longest name, in words, so the finder knows how far to look. */
  longest: number;
}

/** Folded country names, demonyms and region names, for reading the text. */
export function nameIndex(countries: CountryInfo[], regions: RegionInfo[]): Names {
  const map = new Map<string, { country: string; demonym: boolean }>();
  let longest = 1;
  const put = (name: string, country: string, demonym: boolean) => {
    const k = fold(name).replace(/\s+/g, ' ');
    if (k.length < 3 || map.has(k)) return;
    map.set(k, { country, demonym });
    longest = Math.max(longest, k.split(' ').length);
  };
  const sorted = [...countries].sort((a, b) => a.alpha2.localeCompare(b.alpha2));
  for (const c of sorted)
    if (!CITY_STATES.has(c.alpha2)) for (const n of c.names) put(n, c.alpha2, false);
  for (const c of sorted) for (const d of c.demonyms) put(d, c.alpha2, true);
  // Short forms news writes: "the US", "the UK", "the UAE".
  for (const [k, v] of [
    ['us', 'US'],
    ['u.s', 'US'],
    ['usa', 'US'],
    ['uk', 'GB'],
    ['britain', 'GB'],
    ['british', 'GB'],
    ['uae', 'AE'],
    ['dprk', 'KP'],
  ] as const)
    if (countries.some((c) => c.alpha2 === v)) map.set(k, { country: v, demonym: false });
  const reg = new Map<string, RegionInfo[]>();
  for (const r of regions) {
    const full = fold(r.name);
    for (const k of new Set([full, full.replace(REGION_SUFFIX, '')]))
      if (k.length >= 3) reg.set(k, [...(reg.get(k) ?? []), r]);
  }
  return {
    countries: map,
    regions: reg,
    byCode: new Map(countries.map((c) => [c.alpha2, c])),
    longest,
  };
}

/** The folded text of tokens [from, to), spaces collapsed. */
export function keyOf(text: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b) return '';
  return fold(text.slice(a.start, b.end)).replace(/\s+/g, ' ');
}

/** The country named at token `i` (longest name first), or null. */
export function countryAt(
  names: Names,
  text: string,
  tokens: Token[],
  i: number,
): CountryMention | null {
  const first = tokens[i];
  if (!capitalised(first) || !first) return null;
  for (let n = Math.min(names.longest + 2, 8); n >= 1; n--) {
    const last = tokens[i + n - 1];
    if (!last || last.sentence !== first.sentence || !capitalised(last)) continue;
    const hit = names.countries.get(keyOf(text, tokens, i, i + n));
    // "US" only in capitals: "us" is a pronoun.
    if (hit && !(n === 1 && first.text !== first.text.toUpperCase() && first.key.length === 2))
      return { ...hit, from: i, to: i + n };
  }
  return null;
}

/** The region named at token `i` ("Oregon", "Primorsky Krai"), candidates of every country. */
export function regionAt(
  names: Names,
  text: string,
  tokens: Token[],
  i: number,
): { regions: RegionInfo[]; to: number } | null {
  const first = tokens[i];
  if (!capitalised(first) || !first) return null;
  for (let n = 4; n >= 1; n--) {
    const last = tokens[i + n - 1];
    if (!last || last.sentence !== first.sentence || !capitalised(last)) continue;
    const hit = names.regions.get(keyOf(text, tokens, i, i + n));
    if (hit) return { regions: hit, to: i + n };
  }
  return null;
}

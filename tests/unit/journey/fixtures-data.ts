import type { FeatureCollection } from 'geojson';
import { createLookup } from '../../../src/data/lookup';
import type { Mode } from '../../../src/journey/choices';
import type { Units } from '../../../src/journey/format';
import { createModel, type JourneyInputs } from '../../../src/journey/model';
import { RailNetwork } from '../../../src/journey/rail';
import { storyInputs } from '../../../src/journey/story-model';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { readStory } from '../../../tools/story/read-story';

/** The committed default story the journey fixtures run against, read by the app's loader. */
const loaded = await readStory(DEFAULT_STORY);
if (loaded.problems.length > 0)
  throw new Error(`the default story has problems: ${JSON.stringify(loaded.problems)}`);
export const story = loaded.data;
export const { manifest } = story;
export const net = new RailNetwork(story.rail, story.published);
export const claims = story.claims;
export const lookup = createLookup(story.places, story.stations);
export const { position } = lookup;
export const assumptions = { timeZones: manifest.timeZones, partsOfDay: manifest.partsOfDay };

/** The journey's inputs, as the page builds them. */
export const inputs: JourneyInputs = { ...storyInputs(story, lookup), net };

/** A rail distance reduced to what a golden file should pin. */
export const railSummary = (r: {
  km: number;
  accuracy: string;
  nodes: string[];
  published: { km: number; complete: boolean } | null;
}) => ({
  km: r.km,
  accuracy: r.accuracy,
  nodes: r.nodes,
  publishedKm: r.published?.km ?? null,
  publishedComplete: r.published?.complete ?? null,
});

/** The claim lines and label points the map draws, for one mode and unit. */
export function mapClaimLines(mode: Mode, units: Units): FeatureCollection {
  return createModel(inputs).at({ speedKmh: 50, mode, units }).lines;
}

/** A route that knows no track: every rail figure is none, so a claim is judged on what else it has. */
export const noTrack = {
  kmAlong: () => undefined,
  figure: () => ({
    km: 0,
    makeup: { published: 0, measured: 0, approximate: 0, network: 0, none: 0 },
    conflict: null,
  }),
};

import { createLookup } from '../../src/data/lookup';
import { claimLines } from '../../src/journey/claim-lines';
import { type JourneyInputs, journeyBase, journeyView } from '../../src/journey/model';
import { storyInputs } from '../../src/journey/story-model';
import { DEFAULT_STORY } from '../../tools/site/story-dir';
import { readStory } from '../../tools/story/read-story';
import { timeMedian } from './stats';

/** The journey inputs from the committed default story, as the page builds them. */
export async function journeyInputs(): Promise<JourneyInputs> {
  const { data } = await readStory(DEFAULT_STORY);
  return storyInputs(data, createLookup(data.places, data.stations));
}

/**
 * What a reader's change costs: a speed change re-derives every speed-dependent figure; a mode
 * switch rebuilds the claim lines' labels. Also the first computation, done once at start.
 */
export async function recomputeTimings() {
  const inputs = await journeyInputs();
  const base = journeyBase(inputs);
  let speed = 50;
  const view = journeyView(inputs, base, 50);
  let mode: 'reported' | 'computed' = 'reported';
  return {
    first: timeMedian(() => journeyBase(inputs), 50, 5),
    speed: timeMedian(() => {
      speed = speed === 50 ? 59 : 50;
      return journeyView(inputs, base, speed);
    }),
    mode: timeMedian(() => {
      mode = mode === 'reported' ? 'computed' : 'reported';
      return claimLines(view.claims, inputs.position, { mode, units: 'km' }, (id) => id);
    }),
  };
}

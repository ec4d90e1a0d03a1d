import type { GeoData } from '../data/load';
import type { Lookup } from '../data/lookup';
import { formatSpeed } from '../journey/format';
import type { Model } from '../journey/model';
import { creditsFor, plainCredits } from '../map/attribution';
import type { AppStore } from '../state/app-state';
import { replayWords } from '../words/replay-words';
import type { ReplayControl } from './actions';

/** What the video export needs of the replay, from the store and the model. */
export function replayControl(
  store: AppStore,
  model: Model,
  lookup: Lookup,
  data: Pick<GeoData, 'manifest' | 'provenance'>,
): ReplayControl {
  const [title, credits] = [data.manifest.title, plainCredits(creditsFor(data.provenance))];
  const words = replayWords(model, lookup);
  const at = () => {
    const { speed, departure, time } = store.get();
    return model.replay({ speedKmh: speed, departure, time });
  };
  return {
    span: () => at().span,
    seek: (time) => store.set({ time, playing: false }),
    now: () => store.get().time,
    words: () => {
      const r = at();
      return {
        title,
        clock: words.clock(r, store.get().units),
        speed: `at ${formatSpeed(store.get().speed, store.get().units)}`,
        status: words.status(r),
        credits,
      };
    },
  };
}

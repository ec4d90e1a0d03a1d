import type { Place } from '../data/schema';
import type { SpeedPreset } from '../journey/presets';
import type { AppState } from './app-state';
import { DEFAULT_STATE, parseUrlState, type ViewState } from './url-state';

/** The defaults a link is read against: embedded maps start with the panel closed. */
export function linkDefaults(s: Pick<ViewState, 'embed'>, presets: SpeedPreset[] = []): ViewState {
  return {
    ...DEFAULT_STATE,
    embed: s.embed,
    panel: s.embed ? 'closed' : 'open',
    speed: presets[0]?.kmh ?? DEFAULT_STATE.speed,
  };
}

/**
 * The state the page starts in, from the link. Read once before the story loads (places and
 * speeds unknown), and again after, against the story's places and reported speeds.
 */
export function initialState(
  search: string,
  places?: Place[],
  presets?: SpeedPreset[],
): { state: AppState; warnings: string[] } {
  const ids = places?.map((p) => p.properties.id);
  const parsed = parseUrlState(search, ids, (s) => linkDefaults(s, presets));
  return {
    state: {
      ...parsed.state,
      routeVisible: true,
      dark: false,
      placeFrom: null,
      playing: false,
      pace: 1,
    },
    warnings: parsed.warnings,
  };
}

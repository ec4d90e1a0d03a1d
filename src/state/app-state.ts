import type { Choices } from '../journey/choices';
import type { Store } from './store';
import type { ViewState } from './url-state';

/** The view state (what a link reproduces) and what the page adds to it while it runs. */
export interface AppState extends ViewState {
  routeVisible: boolean;
  /** The theme as resolved ('auto' follows the system). */
  dark: boolean;
  /** Where the last place choice came from: the list moves the map to it, the map does not. */
  placeFrom: 'list' | 'map' | 'link' | 'close' | null;
  /** The replay is running, and how fast (1: the journey in about 30 seconds). */
  playing: boolean;
  pace: number;
}

export type AppStore = Store<AppState>;

/** The reader's choices the model needs. */
export const choicesOf = (s: AppState): Choices => ({
  speedKmh: s.speed,
  mode: s.mode,
  units: s.units,
  hindsight: s.hindsight,
});

/** What a link reproduces: the view state without what the page adds. */
export function viewOf(s: AppState): ViewState {
  const { routeVisible: _r, dark: _d, placeFrom: _p, playing: _g, pace: _c, ...view } = s;
  return view;
}

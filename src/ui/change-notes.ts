import { formatSpeed } from '../journey/format';
import type { AppStore } from '../state/app-state';

/** Says what a reader's change did, in the live region. */
export function announceChanges(store: AppStore, announce: (message: string) => void): void {
  store.subscribe(
    (s) => s.mode,
    (mode) =>
      announce(
        mode === 'reported'
          ? 'Showing the figures the articles report'
          : 'Showing the figures this map computes',
      ),
  );
  store.subscribe(
    (s) => s.speed,
    (speed) => announce(`Speed ${formatSpeed(speed, store.get().units)}: travel times updated`),
  );
  store.subscribe(
    (s) => s.units,
    (units) => announce(`Units: ${units === 'mi' ? 'miles' : 'kilometres'}`),
  );
  store.subscribe(
    (s) => s.hindsight,
    (hindsight) =>
      announce(
        hindsight
          ? 'Verdicts as it happened: each claim set against what was reported after the articles'
          : 'Verdicts as reported: each claim set against the articles’ own days',
      ),
  );
}

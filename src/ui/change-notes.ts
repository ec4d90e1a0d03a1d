import { emit } from '../embed/post';
import type { ViewState } from '../state/url-state';
import { formatSpeed } from './format';

/** Says what a reader's change did: in the live region, and to the host page as an event. */
export function reportChanges(
  before: ViewState,
  after: ViewState,
  announce: (message: string) => void,
): void {
  if (after.mode !== before.mode) {
    announce(
      after.mode === 'reported'
        ? 'Showing the figures the articles report'
        : 'Showing the figures this map computes',
    );
    emit('mode.change', { mode: after.mode });
  }
  if (after.speed !== before.speed) {
    announce(`Speed ${formatSpeed(after.speed, after.units)}: travel times updated`);
    emit('speed.change', { speed: after.speed });
  }
  if (after.units !== before.units) {
    announce(`Units: ${after.units === 'mi' ? 'miles' : 'kilometres'}`);
    emit('units.change', { units: after.units });
  }
}

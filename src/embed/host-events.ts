import type { AppStore } from '../state/app-state';
import { emit } from './post';

/** Tells the host page about the reader's changes, as namespaced events (no-op unframed). */
export function connectHost(store: AppStore): void {
  store.subscribe(
    (s) => s.mode,
    (mode) => emit('mode.change', { mode }),
  );
  store.subscribe(
    (s) => s.speed,
    (speed) => emit('speed.change', { speed }),
  );
  store.subscribe(
    (s) => s.units,
    (units) => emit('units.change', { units }),
  );
  store.subscribe(
    (s) => s.place,
    (place) => emit('place.select', { place }),
  );
  store.subscribe(
    (s) => s.panel,
    (panel) => emit('panel.toggle', { open: panel === 'open' }),
  );
}

import type { AppStore } from '../state/app-state';
import { formatInstant } from '../state/url-state';
import { emit } from './post';

/** Tells the host page about the reader's changes, as namespaced events (no-op unframed). */
export function connectHost(store: AppStore): void {
  // The replay's time: at most twice a second while it plays, and once when it stops.
  let last = 0;
  const time = () => {
    const { time: t } = store.get();
    last = performance.now();
    emit('time.change', { time: t === null ? null : formatInstant(t) });
  };
  store.subscribe(
    (s) => s.time,
    () => {
      if (!store.get().playing || performance.now() - last >= 500) time();
    },
  );
  store.subscribe(
    (s) => s.playing,
    (playing) => {
      if (!playing) time();
    },
  );
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

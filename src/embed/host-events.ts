import type { AppState, AppStore } from '../state/app-state';
import { formatInstant } from '../state/url-state';
import type { HostEventType } from './messages';
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
  const forward = <T>(
    type: HostEventType,
    select: (s: AppState) => T,
    data: (v: T) => Record<string, unknown>,
  ) => store.subscribe(select, (v) => emit(type, data(v)));
  forward(
    'mode.change',
    (s) => s.mode,
    (mode) => ({ mode }),
  );
  forward(
    'speed.change',
    (s) => s.speed,
    (speed) => ({ speed }),
  );
  forward(
    'units.change',
    (s) => s.units,
    (units) => ({ units }),
  );
  forward(
    'place.select',
    (s) => s.place,
    (place) => ({ place }),
  );
  forward(
    'panel.toggle',
    (s) => s.panel,
    (panel) => ({ open: panel === 'open' }),
  );
}

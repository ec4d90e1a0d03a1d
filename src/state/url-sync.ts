import { type AppStore, viewOf } from './app-state';
import { serializeUrlState, type ViewState } from './url-state';

/** Keeps the address bar on the view: every change of what a link reproduces rewrites it. */
export function syncUrl(store: AppStore, defaults: (s: ViewState) => ViewState): void {
  const write = () => {
    const view = viewOf(store.get());
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeUrlState(view, defaults(view))}${window.location.hash}`,
    );
  };
  store.subscribe(
    (s) => [
      s.place,
      s.mode,
      s.speed,
      s.units,
      s.camera,
      s.panel,
      s.section,
      s.theme,
      s.departure,
      // While the replay plays, the link waits for it to pause.
      s.playing ? null : s.time,
    ],
    write,
  );
}

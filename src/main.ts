import type { Map as MapLibreMap } from 'maplibre-gl';
import { connectHost } from './embed/host-events';
import { exportActions } from './export/actions';
import { replayControl } from './export/replay-control';
import { openStory } from './journey/story-model';
import { connectMap } from './map/connect-map';
import { nextTask } from './next-task';
import { type AppState, choicesOf, viewOf } from './state/app-state';
import { initialState, linkDefaults } from './state/start-state';
import { createStore } from './state/store';
import type { ViewState } from './state/url-state';
import { syncUrl } from './state/url-sync';
import { storyUrls } from './story-urls';
import { createAnnouncer } from './ui/announcer';
import { createAppPanel } from './ui/app-panel';
import { announceChanges } from './ui/change-notes';
import { renderMapDescription } from './ui/map-description';
import { applyTheme } from './ui/theme';

declare global {
  interface Window {
    /** The running map (null while released or unavailable) and view state, for the tests. */
    kimTrainMap?: { map: MapLibreMap | null; state: ViewState };
  }
}

/** Starts the app; `fetchFn` serves the data requests the entry point began. */
export async function start(fetchFn?: (url: string) => Promise<Response>): Promise<void> {
  const mapEl = document.getElementById('map') as HTMLElement;
  const panelEl = document.getElementById('panel') as HTMLElement;
  const notices = document.getElementById('notices') as HTMLElement;

  // The data's checks and their schemas: a chunk, evaluated in a task of its own.
  const loading = import('./data/load').then((m) => m.loadGeo(storyUrls(), fetchFn));
  const store = createStore<AppState>(initialState(window.location.search).state);
  const expose = (map: MapLibreMap | null) => {
    window.kimTrainMap = { map, state: viewOf(store.get()) };
  };
  store.subscribe(
    (s) => s,
    () => expose(window.kimTrainMap?.map ?? null),
  );
  // An embed's layout and height reports are set up by the entry (embed/frame-start.ts).
  const { theme, transparent } = store.get();
  store.set({
    dark: applyTheme(theme, transparent, (t) => store.set({ dark: t === 'dark' })) === 'dark',
  });
  await nextTask();
  const map = connectMap(store, { container: mapEl, panel: panelEl, onMount: expose });
  const loaded = await loading;
  const { problems, failed } = loaded;
  await nextTask();
  const { data, lookup, model } = openStory(loaded.data);
  await nextTask();
  const presets = model.base.presets;
  const link = initialState(window.location.search, data.places, presets);
  map.fill(data, model, lookup);
  await nextTask();
  store.set({ ...viewOf(link.state), placeFrom: link.state.place ? 'link' : null });
  if (problems.length + failed.length + link.warnings.length > 0)
    void import('./ui/notice').then((m) =>
      m.showProblems(notices, problems, failed, link.warnings),
    );
  syncUrl(store, (s) => linkDefaults(s, presets));
  announceChanges(store, createAnnouncer(document.body));
  connectHost(store);
  const replay = replayControl(store, model, lookup, data);
  const view = () => model.at(choicesOf(store.get())).view;
  const exports = exportActions(map.map, data, view, lookup, replay);
  await createAppPanel({ host: panelEl, data, model, store, lookup, exports });
  // The page's written copy stays unless the data says otherwise (no layout for nothing).
  const description = renderMapDescription(data.places, model.base, data.manifest, 'km');
  const written = document.getElementById(description.id);
  if (!written?.isEqualNode(description)) {
    written?.remove();
    mapEl.before(description);
    mapEl.setAttribute('aria-describedby', description.id);
  }
  expose(map.map());
}

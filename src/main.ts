import { bbox } from '@turf/bbox';
import type { FeatureCollection, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  CHAIN_CHECK,
  FALLBACK_BOUNDS,
  INITIAL_FRAME,
  JOURNEY_STOPS,
  PALETTES,
  SELECTED_ZOOM,
} from './config';
import { type GeoData, loadGeo } from './data/load';
import { formatProblem } from './data/validate';
import { emit, reportHeight } from './embed/post';
import { exportActions } from './export/actions';
import { journeyBase, journeyView } from './journey/derive';
import { RailNetwork } from './journey/rail';
import { claimLines } from './map/claim-lines';
import { mountMap } from './map/mount';
import { framePadding } from './map/padding';
import { buildStyle, waitingStyle } from './map/style';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type ViewState } from './state/url-state';
import { createAnnouncer } from './ui/announcer';
import { createAppPanel } from './ui/app-panel';
import { reportChanges } from './ui/change-notes';
import { speedPresets } from './ui/controls';
import { renderMapDescription } from './ui/map-description';
import { renderNotice } from './ui/notice';
import { applyTheme } from './ui/theme';

declare global {
  interface Window {
    /** The running map (null while released or unavailable) and view state, for the tests. */
    kimTrainMap?: { map: MapLibreMap | null; state: ViewState };
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const EMPTY_LINES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Starts the app; `fetchFn` serves the data requests the entry point began. */
export async function start(fetchFn?: (url: string) => Promise<Response>): Promise<void> {
  const app = document.querySelector('.app') as HTMLElement;
  const mapEl = document.getElementById('map') as HTMLElement;
  const panelEl = document.getElementById('panel') as HTMLElement;
  const noticesEl = document.getElementById('notices') as HTMLElement;

  // The data starts loading, and the map starting up, before anything else.
  const loading = loadGeo(fetchFn);
  const embedDefaults = (s: Pick<ViewState, 'embed'>): ViewState => ({
    ...DEFAULT_STATE,
    embed: s.embed,
    panel: s.embed ? 'closed' : 'open',
  });
  const state: ViewState = parseUrlState(window.location.search, undefined, embedDefaults).state;
  if (state.embed) {
    document.documentElement.dataset.embed = '1';
    reportHeight(app);
  }
  let palette =
    PALETTES[
      applyTheme(state.theme, state.transparent, (t) => {
        palette = PALETTES[t];
        mapView.restyle();
      })
    ];
  let data: GeoData | null = null;
  let lines = () => EMPTY_LINES;
  let bounds: [number, number, number, number] = FALLBACK_BOUNDS;
  let routeVisible = true;
  let select = (_id: string | null, _move: boolean) => {};
  let onPlaceClick = (_id: string) => {};
  const { view: mapView, dataArrived } = mountMap({
    container: mapEl,
    data: () => data,
    style: () =>
      data ? buildStyle(data, document.baseURI, lines(), palette) : waitingStyle(palette),
    lines: () => lines(),
    palette: () => palette,
    bounds: () => bounds,
    padding: () => framePadding(panelEl, state),
    camera: () => state.camera,
    selected: () => state.place,
    routeVisible: () => routeVisible,
    lazy: state.embed,
    onPlaceClick: (id) => onPlaceClick(id),
    onMove: (camera) => {
      state.camera = camera;
      writeUrl();
    },
    onMount: (map) => {
      window.kimTrainMap = { map: data ? map : null, state };
    },
  });

  const loaded = await loading;
  const d = loaded.data;
  const { places, stations, articles } = d;
  const find = (id: string) =>
    places.find((p) => p.properties.id === id) ?? stations.find((s) => s.properties.id === id);
  const name = (id: string) => find(id)?.properties.name ?? id;
  const position = (id: string): Position | undefined => find(id)?.geometry.coordinates;
  const short = (id: string) => articles.find((a) => a.id === id)?.short ?? id;

  const net = new RailNetwork(d.rail, d.published);
  const inputs = {
    net,
    claims: d.claims,
    stops: JOURNEY_STOPS,
    chainCheck: CHAIN_CHECK,
    position,
  };
  const base = journeyBase(inputs);
  const presets = speedPresets(d.claims, articles);
  const defaults = (s: Pick<ViewState, 'embed'>): ViewState => ({
    ...embedDefaults(s),
    speed: presets[0]?.kmh ?? DEFAULT_STATE.speed,
  });
  const parsed = parseUrlState(
    window.location.search,
    places.map((p) => p.properties.id),
    defaults,
  );
  Object.assign(state, parsed.state);
  let view = journeyView(inputs, base, state.speed);

  // The data is in: fill the map and frame the journey first; the panel is built meanwhile.
  const frame = places.filter((p) =>
    (INITIAL_FRAME as readonly string[]).includes(p.properties.id),
  );
  if (frame.length === INITIAL_FRAME.length)
    bounds = bbox({ type: 'FeatureCollection', features: frame }) as typeof bounds;
  data = d;
  lines = () => claimLines(view.claims, position, state.mode, state.units, short);
  dataArrived();

  if (loaded.problems.length > 0) {
    const title =
      loaded.failed.length > 0
        ? `Some map data could not be loaded (${loaded.failed.join(', ')})`
        : 'Some map data was left out';
    noticesEl.append(renderNotice(title, loaded.problems.map(formatProblem)));
  }
  if (parsed.warnings.length > 0)
    noticesEl.append(
      renderNotice(
        'Some of the link was not understood; showing the default for those parts',
        parsed.warnings,
      ),
    );

  function writeUrl(): void {
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeUrlState(state, defaults(state))}${window.location.hash}`,
    );
  }
  const announce = createAnnouncer(document.body);
  const {
    panel,
    places: placesSection,
    render,
  } = createAppPanel({
    host: panelEl,
    data: d,
    state,
    presets,
    view: () => view,
    lines: () => lines(),
    name,
    exports: exportActions(
      () => mapView.map,
      d,
      () => view,
      position,
    ),
    onChange: (patch) => update(patch),
    onToggle: (open) => {
      state.panel = open ? 'open' : 'closed';
      writeUrl();
      emit('panel.toggle', { open });
    },
    onSection: (s) => {
      state.section = s;
      writeUrl();
    },
    onRoute: (visible) => {
      routeVisible = visible;
      mapView.route(visible);
    },
    onPlace: (id, from) => {
      const previous = state.place;
      select(id, from === 'list');
      if (from === 'list') placesSection.focusTitle();
      else if (previous) placesSection.focusButton(previous);
    },
  });

  function update(patch: Partial<ViewState>): void {
    const before = { ...state };
    Object.assign(state, patch);
    if (state.speed !== before.speed) view = journeyView(inputs, base, state.speed);
    render();
    if (
      state.mode !== before.mode ||
      state.units !== before.units ||
      state.speed !== before.speed
    ) {
      mapView.claims(state.mode !== before.mode && !reducedMotion());
    }
    writeUrl();
    reportChanges(before, state, announce);
  }

  select = (id, move) => {
    state.place = id;
    placesSection.show(id);
    const at = id ? position(id) : undefined;
    mapView.select(
      id,
      move && at
        ? { center: at as [number, number], zoom: SELECTED_ZOOM, animate: !reducedMotion() }
        : null,
    );
    writeUrl();
    emit('place.select', { place: id });
  };
  onPlaceClick = (id) => {
    panel.show('places');
    state.section = 'places';
    select(id, false);
  };
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.place && !document.querySelector('dialog[open]')) {
      const id = state.place;
      select(null, false);
      placesSection.focusButton(id);
    }
  });

  render();
  const description = renderMapDescription(
    places,
    base.route.legs.length > 0 ? base : null,
    state.units,
  );
  mapEl.before(description);
  mapEl.setAttribute('aria-describedby', description.id);

  window.kimTrainMap = { map: mapView.map, state };
  if (state.place) {
    panel.show('places');
    select(state.place, state.camera === null);
  }
}

import './ui/app.css';
import { bbox } from '@turf/bbox';
import type { Position } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import {
  FALLBACK_BOUNDS,
  FRAME_PADDING,
  INITIAL_FRAME,
  JOURNEY_STOPS,
  PALETTES,
  SELECTED_ZOOM,
  TITLE,
} from './config';
import { loadGeo } from './data/load';
import { formatProblem } from './data/validate';
import { emit, reportHeight } from './embed/post';
import { journeyBase, journeyView } from './journey/derive';
import { journeyLegs } from './journey/legs';
import { RailNetwork } from './journey/rail';
import { claimLines } from './map/claim-lines';
import { MapView } from './map/map-view';
import { buildStyle } from './map/style';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type ViewState } from './state/url-state';
import { createAnnouncer } from './ui/announcer';
import { createControls, speedPresets } from './ui/controls';
import { h } from './ui/dom';
import { createEmbedButton } from './ui/embed-dialog';
import { formatSpeed } from './ui/format';
import { renderLegsTable, renderTimeline } from './ui/journey-tables';
import { renderKeyFigures } from './ui/key-figures';
import { renderLedger } from './ui/ledger';
import { renderNotice } from './ui/notice';
import { createPanel } from './ui/panel';
import { createPlacesSection } from './ui/places-section';
import { createRouteSection } from './ui/route-panel';
import { applyTheme } from './ui/theme';

declare global {
  interface Window {
    /** The running map (null while released) and view state, for the browser tests' driver. */
    kimTrainMap?: { map: MapLibreMap | null; state: ViewState };
  }
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function main(): Promise<void> {
  const app = document.querySelector('.app') as HTMLElement;
  const mapEl = document.getElementById('map') as HTMLElement;
  const panelEl = document.getElementById('panel') as HTMLElement;
  const noticesEl = document.getElementById('notices') as HTMLElement;

  const loading = loadGeo();
  const isEmbed = (s: Pick<ViewState, 'embed'>): ViewState => ({
    ...DEFAULT_STATE,
    embed: s.embed,
    panel: s.embed ? 'closed' : 'open',
  });
  const early = parseUrlState(window.location.search, undefined, isEmbed).state;
  if (early.embed) document.documentElement.dataset.embed = '1';
  let palette =
    PALETTES[
      applyTheme(early.theme, early.transparent, (t) => {
        palette = PALETTES[t];
        mapView.restyle();
      })
    ];
  const stopHeight = early.embed ? reportHeight(app) : () => {};
  void stopHeight;

  const { data, failed, problems } = await loading;
  const { places, stations, articles } = data;
  const name = (id: string) =>
    places.find((p) => p.properties.id === id)?.properties.name ??
    stations.find((s) => s.properties.id === id)?.properties.name ??
    id;
  const position = (id: string): Position | undefined =>
    places.find((p) => p.properties.id === id)?.geometry.coordinates ??
    stations.find((s) => s.properties.id === id)?.geometry.coordinates;
  const short = (id: string) => articles.find((a) => a.id === id)?.short ?? id;

  const net = new RailNetwork(data.rail, data.published);
  const inputs = {
    net,
    claims: data.claims,
    stops: JOURNEY_STOPS,
    origin: JOURNEY_STOPS[0],
    position,
  };
  const base = journeyBase(inputs);
  const presets = speedPresets(data.claims, articles);
  const defaults = (s: Pick<ViewState, 'embed'>): ViewState => ({
    ...isEmbed(s),
    speed: presets[0]?.kmh ?? DEFAULT_STATE.speed,
  });
  const parsed = parseUrlState(
    window.location.search,
    places.map((p) => p.properties.id),
    defaults,
  );
  const state = parsed.state;
  let view = journeyView(inputs, base, state.speed);
  let routeVisible = true;

  if (problems.length > 0) {
    const title =
      failed.length > 0
        ? `Some map data could not be loaded (${failed.join(', ')})`
        : 'Some map data was left out';
    noticesEl.append(renderNotice(title, problems.map(formatProblem)));
  }
  if (parsed.warnings.length > 0)
    noticesEl.append(
      renderNotice(
        'Some of the link was not understood; showing the default for those parts',
        parsed.warnings,
      ),
    );

  const writeUrl = () =>
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeUrlState(state, defaults(state))}${window.location.hash}`,
    );
  const panel = createPanel(panelEl, {
    open: state.panel === 'open',
    showTitle: !state.embed || state.title,
    onToggle: (open) => {
      state.panel = open ? 'open' : 'closed';
      writeUrl();
      emit('panel.toggle', { open });
    },
    onSection: (s) => {
      state.section = s;
      writeUrl();
    },
  });
  panel.show(state.section);
  const announce = createAnnouncer(document.body);
  const controls = createControls(presets, (patch) => update(patch));
  panel.controls.append(controls.element);
  if (!state.embed) {
    panel.actions.append(
      createEmbedButton(() => {
        const url = new URL(window.location.href);
        url.search = serializeUrlState({ ...state, embed: true }, DEFAULT_STATE);
        return url.href;
      }, TITLE),
    );
  }
  const keyFigures = h('div');
  const ledger = h('div', { class: 'table-scroll' });
  panel.sections.claims.append(keyFigures, ledger);
  const legsSlot = h('div', { class: 'table-scroll' });
  const timelineSlot = h('div', { class: 'table-scroll' });
  const route = createRouteSection(net, journeyLegs(net, JOURNEY_STOPS), stations, (visible) => {
    routeVisible = visible;
    mapView.route(visible);
  });
  panel.sections.journey.append(
    h('h2', {}, 'Legs'),
    legsSlot,
    h('h2', {}, 'Timeline'),
    timelineSlot,
    route.element,
  );
  const placesSection = createPlacesSection(panel.sections.places, places, articles, (id, from) => {
    const previous = state.place;
    select(id, from === 'list');
    if (from === 'list') placesSection.focusTitle();
    else if (previous) placesSection.focusButton(previous);
  });

  const lines = () => claimLines(view.claims, position, state.mode, state.units, short);
  const render = () => {
    controls.update(state);
    keyFigures.replaceChildren(renderKeyFigures(lines(), state.mode, name));
    ledger.replaceChildren(renderLedger(view.claims, articles, state.units, name));
    legsSlot.replaceChildren(renderLegsTable(view, state.units, name));
    timelineSlot.replaceChildren(renderTimeline(view, presets, state.units, name));
    route.update(state.units);
  };

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
      mapView.claims(lines(), state.mode !== before.mode && !reducedMotion());
    }
    writeUrl();
    if (state.mode !== before.mode) {
      announce(
        state.mode === 'reported'
          ? 'Showing the figures the articles report'
          : 'Showing the figures this map computes',
      );
      emit('mode.change', { mode: state.mode });
    }
    if (state.speed !== before.speed) {
      announce(`Speed ${formatSpeed(state.speed, state.units)}: travel times updated`);
      emit('speed.change', { speed: state.speed });
    }
    if (state.units !== before.units) {
      announce(`Units: ${state.units === 'mi' ? 'miles' : 'kilometres'}`);
      emit('units.change', { units: state.units });
    }
  }

  function select(id: string | null, move: boolean): void {
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
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.place && !document.querySelector('dialog[open]')) {
      const id = state.place;
      select(null, false);
      placesSection.focusButton(id);
    }
  });

  render();
  const frame = places.filter((p) =>
    (INITIAL_FRAME as readonly string[]).includes(p.properties.id),
  );
  const bounds = (
    frame.length === INITIAL_FRAME.length
      ? bbox({ type: 'FeatureCollection', features: frame })
      : FALLBACK_BOUNDS
  ) as LngLatBoundsLike;
  const mapView = new MapView({
    container: mapEl,
    style: () => buildStyle(data, document.baseURI, lines(), palette),
    bounds,
    padding: () => {
      const p = {
        top: FRAME_PADDING,
        right: FRAME_PADDING,
        bottom: FRAME_PADDING,
        left: FRAME_PADDING,
      };
      if (state.embed) return p;
      const r = panelEl.getBoundingClientRect();
      if (window.innerWidth > 640) p.left += r.right;
      else p.bottom += r.height;
      return p;
    },
    camera: () => state.camera,
    selected: () => state.place,
    routeVisible: () => routeVisible,
    cooperativeGestures: state.embed,
    onPlaceClick: (id) => {
      panel.show('places');
      state.section = 'places';
      select(id, false);
    },
    onMove: (camera) => {
      state.camera = camera;
      writeUrl();
    },
    onError: (message) => {
      mapEl.classList.add('map-failed');
      mapEl.append(renderNotice('The map could not be drawn', [message]));
    },
    onMount: (map) => {
      window.kimTrainMap = { map, state };
    },
  });
  window.kimTrainMap = { map: null, state };
  mapView.start(state.embed);
  if (state.place) {
    panel.show('places');
    select(state.place, state.camera === null);
  }
}

main().catch((e: unknown) => {
  const el = document.getElementById('notices') ?? document.body;
  el.append(renderNotice('The map could not start', [String(e instanceof Error ? e.message : e)]));
});

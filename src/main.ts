import './ui/app.css';
import { bbox } from '@turf/bbox';
import type { Position } from 'geojson';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import {
  FALLBACK_BOUNDS,
  FRAME_PADDING,
  INITIAL_FRAME,
  JOURNEY_STOPS,
  SELECTED_ZOOM,
} from './config';
import { loadGeo } from './data/load';
import { formatProblem } from './data/validate';
import { journeyBase, journeyView } from './journey/derive';
import { journeyLegs } from './journey/legs';
import { RailNetwork } from './journey/rail';
import { claimLines } from './map/claim-lines';
import { createMap, setClaimLines, setRouteVisible, showSelected } from './map/create-map';
import { buildStyle } from './map/style';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type ViewState } from './state/url-state';
import { createAnnouncer } from './ui/announcer';
import { createControls, speedPresets } from './ui/controls';
import { h } from './ui/dom';
import { formatSpeed } from './ui/format';
import { renderLegsTable, renderTimeline } from './ui/journey-tables';
import { renderKeyFigures } from './ui/key-figures';
import { renderLedger } from './ui/ledger';
import { renderNotice } from './ui/notice';
import { createPanel } from './ui/panel';
import { createPlacesSection } from './ui/places-section';
import { createRouteSection } from './ui/route-panel';

declare global {
  interface Window {
    /** The running map and view state, for the browser tests' driver. */
    kimTrainMap?: { map: MapLibreMap; state: ViewState };
  }
}

/** Room for the panel: beside it on wide screens, above the bottom sheet on narrow ones. */
function framePadding(panel: HTMLElement) {
  const p = {
    top: FRAME_PADDING,
    right: FRAME_PADDING,
    bottom: FRAME_PADDING,
    left: FRAME_PADDING,
  };
  const r = panel.getBoundingClientRect();
  if (window.innerWidth > 640) p.left += r.right;
  else p.bottom += r.height;
  return p;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function main(): Promise<void> {
  const mapEl = document.getElementById('map') as HTMLElement;
  const panelEl = document.getElementById('panel') as HTMLElement;
  const noticesEl = document.getElementById('notices') as HTMLElement;

  const { data, failed, problems } = await loadGeo();
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
  const defaults: ViewState = { ...DEFAULT_STATE, speed: presets[0]?.kmh ?? DEFAULT_STATE.speed };
  const parsed = parseUrlState(
    window.location.search,
    places.map((p) => p.properties.id),
    defaults,
  );
  const state = parsed.state;
  let view = journeyView(inputs, base, state.speed);

  if (problems.length > 0) {
    const title =
      failed.length > 0
        ? `Some map data could not be loaded (${failed.join(', ')})`
        : 'Some map data was left out';
    noticesEl.append(renderNotice(title, problems.map(formatProblem)));
  }
  if (parsed.warnings.length > 0)
    noticesEl.append(renderNotice('Some of the link was not understood', parsed.warnings));

  const panel = createPanel(panelEl);
  const announce = createAnnouncer(document.body);
  const controls = createControls(presets, (patch) => update(patch));
  panel.controls.append(controls.element);
  const keyFigures = h('div');
  const ledger = h('div');
  panel.sections.claims.append(keyFigures, ledger);
  const legsSlot = h('div');
  const timelineSlot = h('div');
  let map: MapLibreMap | null = null;
  const route = createRouteSection(net, journeyLegs(net, JOURNEY_STOPS), stations, (visible) => {
    if (map) setRouteVisible(map, visible);
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
  const writeUrl = () =>
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeUrlState(state, defaults)}${window.location.hash}`,
    );
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
      map &&
      (state.mode !== before.mode || state.units !== before.units || state.speed !== before.speed)
    ) {
      setClaimLines(map, lines(), state.mode !== before.mode && !reducedMotion());
    }
    writeUrl();
    if (state.mode !== before.mode)
      announce(
        state.mode === 'reported'
          ? 'Showing the figures the articles report'
          : 'Showing the figures this map computes',
      );
    if (state.speed !== before.speed)
      announce(`Speed ${formatSpeed(state.speed, state.units)}: travel times updated`);
    if (state.units !== before.units)
      announce(`Units: ${state.units === 'mi' ? 'miles' : 'kilometres'}`);
  }

  function select(id: string | null, move: boolean): void {
    state.place = id;
    placesSection.show(id);
    const place = places.find((p) => p.properties.id === id);
    if (place && map && move) {
      const camera = {
        center: place.geometry.coordinates as [number, number],
        zoom: Math.max(map.getZoom(), SELECTED_ZOOM),
      };
      if (reducedMotion()) map.jumpTo(camera);
      else map.easeTo({ ...camera, duration: 800 });
    }
    if (map) showSelected(map, id);
    writeUrl();
  }
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.place) {
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
  try {
    map = createMap({
      container: mapEl,
      style: buildStyle(data, document.baseURI, lines()),
      bounds,
      padding: framePadding(panelEl),
      onPlaceClick: (id) => {
        panel.show('places');
        select(id, false);
      },
    });
    const m = map;
    window.kimTrainMap = { map: m, state };
    m.once('load', () => showSelected(m, state.place));
  } catch (e) {
    mapEl.classList.add('map-failed');
    mapEl.append(renderNotice('The map could not be drawn', [String((e as Error).message ?? e)]));
  }
  if (state.place) {
    panel.show('places');
    select(state.place, true);
  }
}

main().catch((e: unknown) => {
  const el = document.getElementById('notices') ?? document.body;
  el.append(renderNotice('The map could not start', [String(e instanceof Error ? e.message : e)]));
});

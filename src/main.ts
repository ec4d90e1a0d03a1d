import './ui/app.css';
import { bbox } from '@turf/bbox';
import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  ATTRIBUTION,
  FALLBACK_BOUNDS,
  FRAME_PADDING,
  INITIAL_FRAME,
  JOURNEY_STOPS,
  PALETTES,
  SELECTED_ZOOM,
} from './config';
import { loadGeo } from './data/load';
import { formatProblem } from './data/validate';
import { emit, reportHeight } from './embed/post';
import { exportCSV, exportGeoJSON } from './export/data';
import { download, drawAttribution } from './export/png';
import { journeyBase, journeyView } from './journey/derive';
import { straightKm } from './journey/distance';
import { RailNetwork } from './journey/rail';
import { claimLines } from './map/claim-lines';
import { mountMap } from './map/mount';
import { snapshot } from './map/snapshot';
import { buildStyle } from './map/style';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type ViewState } from './state/url-state';
import { createAnnouncer } from './ui/announcer';
import { createAppPanel } from './ui/app-panel';
import { speedPresets } from './ui/controls';
import { formatSpeed } from './ui/format';
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
const text = (html: string) => html.replace(/<[^>]*>/g, '');

async function main(): Promise<void> {
  const app = document.querySelector('.app') as HTMLElement;
  const mapEl = document.getElementById('map') as HTMLElement;
  const noticesEl = document.getElementById('notices') as HTMLElement;

  const loading = loadGeo();
  const embedDefaults = (s: Pick<ViewState, 'embed'>): ViewState => ({
    ...DEFAULT_STATE,
    embed: s.embed,
    panel: s.embed ? 'closed' : 'open',
  });
  const early = parseUrlState(window.location.search, undefined, embedDefaults).state;
  if (early.embed) {
    document.documentElement.dataset.embed = '1';
    reportHeight(app);
  }
  let palette =
    PALETTES[
      applyTheme(early.theme, early.transparent, (t) => {
        palette = PALETTES[t];
        mapView.restyle();
      })
    ];

  const { data, failed, problems } = await loading;
  const { places, stations, articles } = data;
  const find = (id: string) =>
    places.find((p) => p.properties.id === id) ?? stations.find((s) => s.properties.id === id);
  const name = (id: string) => find(id)?.properties.name ?? id;
  const position = (id: string): Position | undefined => find(id)?.geometry.coordinates;
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
    ...embedDefaults(s),
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
  const announce = createAnnouncer(document.body);
  const lines = () => claimLines(view.claims, position, state.mode, state.units, short);
  const fileBase = 'kim-train-map';
  const {
    panel,
    places: placesSection,
    render,
  } = createAppPanel({
    host: document.getElementById('panel') as HTMLElement,
    data,
    net,
    state,
    presets,
    view: () => view,
    lines,
    name,
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
    exports: {
      png: async () => {
        const map = mapView.map;
        if (!map) throw new Error('the interactive map is not shown');
        const canvas = await snapshot(map);
        drawAttribution(canvas, Object.values(ATTRIBUTION).map(text).join(' · '));
        const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
        if (!blob) throw new Error('the image could not be encoded');
        download(blob, `${fileBase}.png`);
      },
      geojson: () =>
        download(
          new Blob([JSON.stringify(exportGeoJSON(data, view, position), null, 1)], {
            type: 'application/geo+json',
          }),
          `${fileBase}.geojson`,
        ),
      csv: () =>
        download(
          new Blob([exportCSV(exportGeoJSON(data, view, position))], { type: 'text/csv' }),
          `${fileBase}.csv`,
        ),
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
  const ends = [position(JOURNEY_STOPS[0]), position(JOURNEY_STOPS.at(-1) ?? '')];
  const whole = net.hasNode(JOURNEY_STOPS[0])
    ? net.distance(JOURNEY_STOPS[0], JOURNEY_STOPS.at(-1) ?? '')
    : null;
  const description = renderMapDescription(
    places,
    whole,
    ends[0] && ends[1] ? straightKm(ends[0], ends[1]) : null,
    state.units,
  );
  mapEl.before(description);
  mapEl.setAttribute('aria-describedby', description.id);

  const frame = places.filter((p) =>
    (INITIAL_FRAME as readonly string[]).includes(p.properties.id),
  );
  const bounds = (
    frame.length === INITIAL_FRAME.length
      ? bbox({ type: 'FeatureCollection', features: frame })
      : FALLBACK_BOUNDS
  ) as [number, number, number, number];
  const mapView = mountMap({
    container: mapEl,
    data,
    style: () => buildStyle(data, document.baseURI, lines(), palette),
    lines,
    palette: () => palette,
    bounds,
    padding: () => {
      const p = {
        top: FRAME_PADDING,
        right: FRAME_PADDING,
        bottom: FRAME_PADDING,
        left: FRAME_PADDING,
      };
      if (state.embed) return p;
      const r = (document.getElementById('panel') as HTMLElement).getBoundingClientRect();
      if (window.innerWidth > 640) p.left += r.right;
      else p.bottom += r.height;
      return p;
    },
    camera: () => state.camera,
    selected: () => state.place,
    routeVisible: () => routeVisible,
    lazy: state.embed,
    onPlaceClick: (id) => {
      panel.show('places');
      state.section = 'places';
      select(id, false);
    },
    onMove: (camera) => {
      state.camera = camera;
      writeUrl();
    },
    onMount: (map) => {
      window.kimTrainMap = { map, state };
    },
  });
  window.kimTrainMap ??= { map: null, state };
  if (state.place) {
    panel.show('places');
    select(state.place, state.camera === null);
  }
}

main().catch((e: unknown) => {
  const el = document.getElementById('notices') ?? document.body;
  el.append(renderNotice('The map could not start', [String(e instanceof Error ? e.message : e)]));
});

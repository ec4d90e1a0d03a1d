import './ui/app.css';
import { bbox } from '@turf/bbox';
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
import { journeyLegs } from './journey/legs';
import { RailNetwork } from './journey/rail';
import { createMap, setRouteVisible, showSelected } from './map/create-map';
import { buildStyle } from './map/style';
import { parseUrlState, serializeUrlState, type ViewState } from './state/url-state';
import { renderNotice } from './ui/notice';
import { createPanel } from './ui/panel';
import { renderPlaceDetails } from './ui/place-details';
import { createPlaceList } from './ui/place-list';
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
  const places = data.places;
  const ids = places.map((p) => p.properties.id);
  const parsed = parseUrlState(window.location.search, ids);
  const state: ViewState = parsed.state;

  if (problems.length > 0) {
    const title =
      failed.length > 0
        ? `Some map data could not be loaded (${failed.join(', ')})`
        : 'Some map data was left out';
    noticesEl.append(renderNotice(title, problems.map(formatProblem)));
  }
  if (parsed.warnings.length > 0)
    noticesEl.append(renderNotice('Some of the link was not understood', parsed.warnings));

  const frame = places.filter((p) =>
    (INITIAL_FRAME as readonly string[]).includes(p.properties.id),
  );
  const bounds = (
    frame.length === INITIAL_FRAME.length
      ? bbox({ type: 'FeatureCollection', features: frame })
      : FALLBACK_BOUNDS
  ) as LngLatBoundsLike;

  const panel = createPanel(panelEl);
  let map: MapLibreMap | null = null;

  const select = (
    id: string | null,
    opts: { move: boolean; focusFrom?: string } = { move: true },
  ) => {
    state.place = id;
    list.update(id);
    panel.details.replaceChildren();
    const place = places.find((p) => p.properties.id === id);
    if (place) {
      panel.details.append(
        renderPlaceDetails(place, data.articles, () => close(place.properties.id)),
      );
      if (map && opts.move) {
        const [lon, lat] = place.geometry.coordinates as [number, number];
        const camera = {
          center: [lon, lat] as [number, number],
          zoom: Math.max(map.getZoom(), SELECTED_ZOOM),
        };
        if (reducedMotion()) map.jumpTo(camera);
        else map.easeTo({ ...camera, duration: 800 });
      }
    }
    if (map) showSelected(map, id);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeUrlState(state)}${window.location.hash}`,
    );
  };
  const close = (id: string) => {
    select(null, { move: false });
    list.focus(id);
  };
  const list = createPlaceList(places, (id) => {
    select(id, { move: true });
    panel.details.querySelector<HTMLElement>('#details-title')?.focus();
  });
  panel.list.append(list.element);
  const net = new RailNetwork(data.rail, data.published);
  const route = createRouteSection(
    net,
    journeyLegs(net, JOURNEY_STOPS),
    data.stations,
    (visible) => {
      if (map) setRouteVisible(map, visible);
    },
  );
  panel.route.append(route.element);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && state.place) close(state.place);
  });

  try {
    map = createMap({
      container: mapEl,
      style: buildStyle(data, document.baseURI),
      bounds,
      padding: framePadding(panelEl),
      onPlaceClick: (id) => select(id, { move: false }),
    });
    const m = map;
    window.kimTrainMap = { map: m, state };
    m.once('load', () => showSelected(m, state.place));
  } catch (e) {
    mapEl.classList.add('map-failed');
    mapEl.append(renderNotice('The map could not be drawn', [String((e as Error).message ?? e)]));
  }
  if (state.place) select(state.place, { move: true });
}

main().catch((e: unknown) => {
  const el = document.getElementById('notices') ?? document.body;
  el.append(renderNotice('The map could not start', [String(e instanceof Error ? e.message : e)]));
});

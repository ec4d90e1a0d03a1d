import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { CreditsControl } from './attribution';
import { LAYERS, ROUTE_LAYERS, SOURCES } from './layers';
import { selectedFilter } from './story-layers';
import './map.css';

// The worker comes from a file of this site, not a blob: URL, so a strict CSP needs no `blob:`.
// It starts with the bundle, while the data is read and checked: the map has work for it only
// once the data is in.
setWorkerUrl(workerUrl);
prewarm();

export interface MapOptions {
  container: HTMLElement;
  /** None until the data is in: the map draws nothing. */
  style?: StyleSpecification;
  cooperativeGestures?: boolean;
  onPlaceClick: (id: string) => void;
}

/** The MapLibre map (its controls come with addControls); clicks on a place report its id. */
export function createMap(opts: MapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: opts.container,
    style: opts.style,
    attributionControl: false,
    maxZoom: 12,
    locale: { 'Map.Title': 'Interactive map: arrow keys pan, plus and minus zoom' },
    minZoom: 1,
    dragRotate: false,
    // Labels fade in and out, except under reduced motion. MapLibre itself places them with no
    // fade until the map's first idle, so none fades on the way to the first drawn view (its
    // canvas is hidden until then).
    fadeDuration: reducedMotion() ? 0 : LABEL_FADE_MS,
    // Embedded in a news page: ctrl/⌘ + scroll or two fingers move the map; the page scrolls past.
    cooperativeGestures: opts.cooperativeGestures ?? false,
    pitchWithRotate: false,
    // Hangul comes from the glyph files too, not from whatever font the reader's system has.
    localIdeographFontFamily: false,
    // The style is made by code (map/style.ts) and checked against the style specification by
    // the unit tests, so the map does not check it again on every load and switch.
    validateStyle: false,
  });
  map.touchZoomRotate.disableRotation();
  map.on('click', LAYERS.placeCircles, (e) => {
    const id = e.features?.[0]?.properties?.id;
    if (typeof id === 'string') opts.onPlaceClick(id);
  });
  map.on('mouseenter', LAYERS.placeCircles, () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', LAYERS.placeCircles, () => {
    map.getCanvas().style.cursor = '';
  });
  return map;
}

/** Whether the reader asks for reduced motion (no eased moves, no fades). */
export const reducedMotion = (): boolean =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** How long a label takes to fade in or out after the first drawn view (MapLibre's default). */
export const LABEL_FADE_MS = 300;

/** The map's controls: zoom buttons, scale, credits. */
export function addControls(map: MapLibreMap, credits: () => readonly string[]): CreditsControl {
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  const line = new CreditsControl(credits);
  map.addControl(line, 'bottom-right');
  return line;
}

/** Rings the selected place (or none). */
export function showSelected(map: MapLibreMap, id: string | null): void {
  map.setFilter(LAYERS.placeHalo, selectedFilter(id));
}

/**
 * Shows or hides the rail route and its stations. Only layers that change are touched: a
 * layout change re-parses the whole source the layer draws from.
 */
export function setRouteVisible(map: MapLibreMap, visible: boolean): void {
  const value = visible ? 'visible' : 'none';
  for (const id of ROUTE_LAYERS)
    if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== value)
      map.setLayoutProperty(id, 'visibility', value);
}

/**
 * Replaces the claim lines' labels: `points` is the points source's new data (the labels live
 * there with the places). Animated: the labels fade out, change, and fade back in; with
 * `animate` false (reduced motion) they change at once.
 */
export function setClaimLabels(
  map: MapLibreMap,
  points: FeatureCollection,
  animate: boolean,
): void {
  const source = map.getSource<GeoJSONSource>(SOURCES.points);
  if (!source) return;
  if (!animate) {
    map.setPaintProperty(LAYERS.claimLabels, 'text-opacity-transition', { duration: 0, delay: 0 });
    source.setData(points);
    return;
  }
  map.setPaintProperty(LAYERS.claimLabels, 'text-opacity', 0);
  window.setTimeout(() => {
    source.setData(points);
    map.setPaintProperty(LAYERS.claimLabels, 'text-opacity', 1);
  }, 250);
}

/**
 * The claims' labels from `points` (the points source's data): now, or with the style once it
 * has loaded (they may have changed since the style was built).
 */
export function updateClaimLabels(
  map: MapLibreMap,
  points: () => FeatureCollection | undefined,
  animate: boolean,
): void {
  const set = (a: boolean) => {
    const p = points();
    if (p) setClaimLabels(map, p, a);
  };
  if (map.isStyleLoaded()) set(animate);
  else map.once('load', () => set(false));
}

/**
 * The replay's own source and layers, under the claim lines. Added after the first drawn view,
 * and only once the replay is asked for: every source is cut into tiles and every layer's
 * shaders built on the way to a view, which is slow where WebGL runs in software. A restyle
 * drops them; they come back the same way.
 */
export function addReplayLayers(
  map: MapLibreMap,
  source: FeatureCollection,
  layers: LayerSpecification[],
): void {
  if (map.getSource(SOURCES.replay)) return;
  map.addSource(SOURCES.replay, { type: 'geojson', data: source });
  const before = map.getLayer(LAYERS.claimLines) ? LAYERS.claimLines : undefined;
  for (const layer of layers) map.addLayer(layer, before);
}

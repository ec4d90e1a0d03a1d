import type { FeatureCollection } from 'geojson';
import type {
  LngLatBoundsLike,
  Map as MapLibreMap,
  PaddingOptions,
  StyleSpecification,
} from 'maplibre-gl';
import type { Palette } from '../config';
import type { GeoData } from '../data/load';
import type { Camera } from '../state/url-state';
import { MapView } from './map-view';
import { keepPrintCopy } from './snapshot';
import { renderSvgMap } from './svg-fallback';

export interface MountOptions {
  container: HTMLElement;
  data: GeoData;
  style: () => StyleSpecification;
  lines: () => FeatureCollection;
  palette: () => Palette;
  bounds: [number, number, number, number];
  padding: () => PaddingOptions;
  camera: () => Camera | null;
  selected: () => string | null;
  routeVisible: () => boolean;
  lazy: boolean;
  onPlaceClick: (id: string) => void;
  onMove: (camera: Camera) => void;
  onMount: (map: MapLibreMap | null) => void;
}

/**
 * Starts the interactive map, with a print copy of it kept up to date; where MapLibre cannot run
 * (no WebGL, or it fails), draws the static SVG map instead, with a one-line explanation.
 */
export function mountMap(o: MountOptions): MapView {
  const printCopy = document.createElement('canvas');
  printCopy.className = 'print-map';
  printCopy.setAttribute('aria-hidden', 'true');
  const view: MapView = new MapView({
    container: o.container,
    style: o.style,
    bounds: o.bounds as LngLatBoundsLike,
    padding: o.padding,
    camera: o.camera,
    selected: o.selected,
    routeVisible: o.routeVisible,
    cooperativeGestures: o.lazy,
    onPlaceClick: o.onPlaceClick,
    onMove: o.onMove,
    onError: (message) => {
      o.container.classList.add('map-fallback');
      const rect = o.container.getBoundingClientRect();
      const size = {
        width: Math.max(300, Math.round(rect.width)),
        height: Math.max(240, Math.round(rect.height)),
      };
      const [w, s, e, n] = o.bounds;
      const why = /webgl/i.test(message) ? ' (no WebGL2)' : '';
      const note = document.createElement('p');
      note.className = 'fallback-note';
      note.textContent = `This browser could not draw the interactive map${why}, so a static one is shown; every figure is in the tables.`;
      note.title = message;
      const box: [number, number, number, number] = [w - 0.5, s - 0.5, e + 0.5, n + 0.5];
      const p = o.padding();
      const pad = {
        top: p.top ?? 0,
        right: p.right ?? 0,
        bottom: p.bottom ?? 0,
        left: p.left ?? 0,
      };
      o.container.replaceChildren(
        renderSvgMap(o.data, o.lines(), box, o.palette(), size, pad),
        note,
      );
    },
    onMount: (map) => {
      if (map) {
        o.container.append(printCopy);
        keepPrintCopy(map, printCopy);
      }
      o.onMount(map);
    },
  });
  view.start(o.lazy);
  return view;
}

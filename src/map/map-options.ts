import type { FeatureCollection, Position } from 'geojson';
import type {
  LayerSpecification,
  Map as MapLibreMap,
  PaddingOptions,
  StyleSpecification,
} from 'maplibre-gl';
import type { Palette } from '../config';
import type { GeoData } from '../data/load';
import type { Camera } from '../state/url-state';

/**
 * Everything the map is told by the page, in one object: `connect-map.ts` writes it from the
 * store, and `mount.ts` and `map-view.ts` read it whole. A new map option is added here and read
 * where it is used.
 */
export interface MapOptions {
  container: HTMLElement;
  /** null until the data has loaded. */
  data: () => GeoData | null;
  /** The style, with the data (asked for only once the data has arrived). */
  style: () => StyleSpecification;
  lines: () => FeatureCollection;
  /** The replay's train, for the static map (null: none). */
  train: () => Position | null;
  palette: () => Palette;
  /** The first view, once the data has loaded (a camera in the URL wins). */
  bounds: () => [number, number, number, number];
  padding: () => PaddingOptions;
  camera: () => Camera | null;
  selected: () => string | null;
  routeVisible: () => boolean;
  /** Embedded: made only near the viewport, released when far, cooperative gestures. */
  lazy: boolean;
  /** Whether the replay has been asked for (a time in the link, or the reader's). */
  replayShown: () => boolean;
  /** The replay's source and layers, added once the view is drawn (not on the way to it). */
  replayStyle: () => { source: FeatureCollection; layers: LayerSpecification[] } | null;
  /** The credits line: MapLibre and the sources the story's files name. */
  credits: () => readonly string[];
  onPlaceClick: (id: string) => void;
  onMove: (camera: Camera) => void;
  onMount: (map: MapLibreMap | null) => void;
}

/** What the map's mount (mount.ts) adds around the view's life: the page's own changes. */
export interface MapViewHooks {
  onError: (message: string) => void;
  /** Just before the map's controls are added: page changes made here are laid out with the map's. */
  beforeMount: () => void;
  /** The first full view with the data has been drawn. */
  onDrawn: () => void;
  onMount: (map: MapLibreMap | null) => void;
}

/**
 * Where the map takes a chosen place: to `center`, clear of `padding` (the panel, the credits, the
 * controls); `keep`: only if it is not clear already, at the same zoom (a place chosen on the map).
 */
export interface PlaceMove {
  center: [number, number];
  zoom: number;
  animate: boolean;
  keep: boolean;
  padding: import('maplibre-gl').PaddingOptions;
}

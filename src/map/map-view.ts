import type { FeatureCollection } from 'geojson';
import type {
  LngLatBoundsLike,
  Map as MapLibreMap,
  PaddingOptions,
  StyleSpecification,
} from 'maplibre-gl';
import type { Camera } from '../state/url-state';
import { createMap, setClaimLines, setRouteVisible, showSelected } from './create-map';

export interface MapViewOptions {
  container: HTMLElement;
  style: () => StyleSpecification;
  bounds: LngLatBoundsLike;
  padding: () => PaddingOptions;
  camera: () => Camera | null;
  selected: () => string | null;
  routeVisible: () => boolean;
  cooperativeGestures: boolean;
  onPlaceClick: (id: string) => void;
  onMove: (camera: Camera) => void;
  onError: (message: string) => void;
  onMount: (map: MapLibreMap | null) => void;
}

/**
 * The map, created when it is needed and released when it is not: a page with many embeds keeps
 * only the maps near the viewport, so it never runs out of WebGL contexts. While released, the
 * container shows a placeholder.
 */
export class MapView {
  map: MapLibreMap | null = null;
  private readonly placeholder: HTMLElement;

  constructor(private readonly o: MapViewOptions) {
    this.placeholder = document.createElement('div');
    this.placeholder.className = 'map-placeholder';
    this.placeholder.textContent = 'The map appears when it scrolls into view.';
  }

  mount(): void {
    if (this.map) return;
    this.placeholder.remove();
    const camera = this.o.camera();
    try {
      const map = createMap({
        container: this.o.container,
        style: this.o.style(),
        bounds: this.o.bounds,
        padding: this.o.padding(),
        cooperativeGestures: this.o.cooperativeGestures,
        onPlaceClick: this.o.onPlaceClick,
      });
      if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
      map.once('load', () => {
        showSelected(map, this.o.selected());
        setRouteVisible(map, this.o.routeVisible());
      });
      // Moves after the first settled view go into the URL; the first framing does not.
      let settled = false;
      map.once('idle', () => {
        settled = true;
      });
      map.on('moveend', () => {
        if (!settled) return;
        const c = map.getCenter();
        this.o.onMove({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
      });
      this.map = map;
    } catch (e) {
      this.o.onError(e instanceof Error ? e.message : String(e));
    }
    this.o.onMount(this.map);
  }

  unmount(): void {
    if (!this.map) return;
    // remove() releases the WebGL context (MapLibre loses it on purpose).
    this.map.remove();
    this.map = null;
    this.o.container.append(this.placeholder);
    this.o.onMount(null);
  }

  /** Mounts now, or only while the container is within `margin` of the viewport. */
  start(lazy: boolean, margin = '300px'): void {
    if (!lazy || typeof IntersectionObserver === 'undefined') {
      this.mount();
      return;
    }
    this.o.container.append(this.placeholder);
    new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) this.mount();
          else this.unmount();
        }
      },
      { rootMargin: margin },
    ).observe(this.o.container);
  }

  select(
    id: string | null,
    move: { center: [number, number]; zoom: number; animate: boolean } | null,
  ): void {
    const map = this.map;
    if (!map) return;
    // Before the style has loaded, the 'load' handler rings the selected place.
    if (map.isStyleLoaded()) showSelected(map, id);
    if (move) {
      const camera = { center: move.center, zoom: Math.max(map.getZoom(), move.zoom) };
      if (move.animate) map.easeTo({ ...camera, duration: 800 });
      else map.jumpTo(camera);
    }
  }

  claims(data: FeatureCollection, animate: boolean): void {
    if (this.map?.isStyleLoaded()) setClaimLines(this.map, data, animate);
    // Not loaded yet: the lines may have changed since the style was built; set them on load.
    else this.map?.once('load', () => this.map && setClaimLines(this.map, data, false));
  }

  route(visible: boolean): void {
    if (this.map?.isStyleLoaded()) setRouteVisible(this.map, visible);
  }

  /** A new palette: the style is rebuilt and diffed; selection and route visibility re-applied. */
  restyle(): void {
    const map = this.map;
    if (!map) return;
    map.setStyle(this.o.style());
    map.once('idle', () => {
      if (!map.isStyleLoaded()) return;
      showSelected(map, this.o.selected());
      setRouteVisible(map, this.o.routeVisible());
    });
  }
}

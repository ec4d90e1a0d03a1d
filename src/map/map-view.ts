import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import {
  addControls,
  addReplayLayers,
  createMap,
  setRouteVisible,
  showSelected,
  updateClaimLabels,
} from './create-map';
import { SOURCES } from './layers';
import type { MapOptions, MapViewHooks, PlaceMove } from './map-options';
import './map.css';
import { whileNear } from './near';

/**
 * The map, created at once but without a style (its WebGL context and, from the bundle, its
 * worker get going while the data loads), given the style with the data when it arrives: its
 * first frame draws the story, not an empty map (each frame that draws a layer kind for the first
 * time compiles shaders, which waits on the GPU; empty frames before the data made those waits
 * longer and more). When embedded, the map is created only near the viewport and released when
 * far, so a page with many embeds never runs out of WebGL contexts.
 */
export class MapView {
  map: MapLibreMap | null = null;
  private hasData = false;
  private creditsLine: { update: () => void } | null = null;
  private readonly placeholder: HTMLElement;

  constructor(
    private readonly o: MapOptions,
    private readonly hooks: MapViewHooks,
  ) {
    this.placeholder = document.createElement('div');
    this.placeholder.className = 'map-placeholder';
    this.placeholder.textContent = 'The map appears when it scrolls into view.';
  }

  mount(): void {
    if (this.map) return;
    this.placeholder.remove();
    try {
      // Before the data, the map is made without a style: it draws nothing until the data is in.
      // Its first view is set by fit() below, once its controls exist, and not also by MapLibre
      // as it is made.
      const map = createMap({
        container: this.o.container,
        style: this.hasData ? this.o.style() : undefined,
        cooperativeGestures: this.o.lazy,
        onPlaceClick: this.o.onPlaceClick,
      });
      this.map = map;
      performance.mark('map-created');
      this.hooks.beforeMount();
      this.creditsLine = addControls(map, this.o.credits);
      if (this.hasData) this.frame(map);
      else this.fit(map);
      // The controls MapLibre has just added are laid out now, with the map's container (which
      // it measured), not in the map's first frame.
      void this.o.container.offsetWidth;
    } catch (e) {
      this.hooks.onError(e instanceof Error ? e.message : String(e));
    }
    this.hooks.onMount(this.map);
  }

  /** The data has loaded: the map takes the style with it. */
  dataArrived(): void {
    this.hasData = true;
    performance.mark('data-arrived');
    const map = this.map;
    if (!map) return;
    map.setStyle(this.o.style(), { diff: false });
    this.creditsLine?.update();
    this.frame(map);
    // The map was made on the page's written frame, so the framing rarely moves it; when it
    // does, the scale and the zoom buttons it changed are laid out in this task, not in the
    // map's first frame.
    void this.o.container.offsetWidth;
  }

  /** The first view (a camera in the URL wins over the story's frame), before any frame. */
  private frame(map: MapLibreMap): void {
    this.fit(map);
    this.settle(map);
  }

  /**
   * Moves the map to the first view, framed with the padding measured now that the controls it
   * keeps clear of exist. Moved to the view it already shows, the map changes nothing on the page.
   */
  private fit(map: MapLibreMap): void {
    const camera = this.o.camera();
    const bounds = this.o.bounds();
    if (camera) map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    else if (bounds) map.fitBounds(bounds, { padding: this.o.padding(), animate: false });
  }

  /** Once the first view is drawn, applies the selection and starts the URL. */
  private settle(map: MapLibreMap): void {
    let settled = false;
    map.once('idle', () => {
      settled = true;
      // For the benchmark (bench/run.ts): when the first full view was drawn.
      if (performance.getEntriesByName('map-idle').length === 0) performance.mark('map-idle');
      this.hooks.onDrawn();
      this.reapply(map);
    });
    // Moves after the first drawn view go into the URL; the framing itself does not.
    map.on('moveend', () => {
      if (!settled) return;
      const c = map.getCenter();
      this.o.onMove({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
  }

  unmount(): void {
    if (!this.map) return;
    // remove() releases the WebGL context (MapLibre loses it on purpose).
    this.map.remove();
    this.map = null;
    this.o.container.append(this.placeholder);
    this.hooks.onMount(null);
  }

  /** Mounts now, or only while the container is within `margin` of the viewport. */
  start(margin = '300px'): void {
    if (!this.o.lazy || typeof IntersectionObserver === 'undefined') this.mount();
    else {
      this.o.container.append(this.placeholder);
      whileNear(this.o.container, margin, (near) => (near ? this.mount() : this.unmount()));
    }
  }

  select(id: string | null, move: PlaceMove | null): void {
    const map = this.map;
    if (!map) return;
    // Before the first drawn view, the settle step rings the selected place.
    if (map.isStyleLoaded()) showSelected(map, id);
    if (!move) return;
    // The place is brought into the part of the map the panel, the credits and the controls
    // leave clear, and left where it is when it is already there (a place chosen on the map).
    const p = move.padding;
    const c = map.getContainer();
    const at = map.project(move.center);
    const clear =
      at.x >= (p.left ?? 0) &&
      at.x <= c.clientWidth - (p.right ?? 0) &&
      at.y >= (p.top ?? 0) &&
      at.y <= c.clientHeight - (p.bottom ?? 0);
    if (move.keep && clear) return;
    const offset: [number, number] = [
      ((p.left ?? 0) - (p.right ?? 0)) / 2,
      ((p.top ?? 0) - (p.bottom ?? 0)) / 2,
    ];
    const zoom = move.keep ? map.getZoom() : Math.max(map.getZoom(), move.zoom);
    const camera = { center: move.center, zoom, offset };
    if (move.animate) map.easeTo({ ...camera, duration: 800 });
    else {
      map.jumpTo({ center: move.center, zoom });
      map.panBy([-offset[0], -offset[1]], { animate: false });
    }
  }

  /** The claims' labels changed (mode or units): the points source takes the style's new data. */
  claims(animate: boolean): void {
    // Before the story has loaded there are no labels to change (and no style to build).
    if (!this.map || !this.hasData) return;
    const points = () =>
      (this.o.style().sources[SOURCES.points] as { data: FeatureCollection } | undefined)?.data;
    updateClaimLabels(this.map, points, animate);
  }

  /**
   * A replay frame: its own source takes the new data; nothing else changes. The first frame
   * the reader asks for adds the source and its layers.
   */
  replay(data: FeatureCollection): void {
    if (!this.map?.isStyleLoaded()) return;
    const source = this.map.getSource<GeoJSONSource>(SOURCES.replay);
    if (source) source.setData(data);
    else if (this.o.replayShown()) this.addReplay(this.map);
  }

  route(visible: boolean): void {
    if (this.map?.isStyleLoaded()) setRouteVisible(this.map, visible);
  }

  /** A new palette: the style is rebuilt and diffed; selection and route visibility re-applied. */
  restyle(): void {
    const map = this.map;
    if (!map) return;
    map.setStyle(this.o.style());
    map.once('idle', () => this.reapply(map));
  }

  /** What a drawn view with a new style takes from the reader's choices. */
  private reapply(map: MapLibreMap): void {
    if (!map.isStyleLoaded()) return;
    showSelected(map, this.o.selected());
    setRouteVisible(map, this.o.routeVisible());
    if (this.o.replayShown()) this.addReplay(map);
  }

  /** Added after the first drawn view, and only once the replay is asked for (create-map.ts). */
  private addReplay(map: MapLibreMap): void {
    const r = this.o.replayStyle();
    if (r) addReplayLayers(map, r.source, r.layers);
  }
}

/**
 * The studio's map: places as markers to drag, the route; the static SVG map where WebGL is
 * missing.
 */
import type { FeatureCollection, LineString } from 'geojson';
import {
  type GeoJSONSource,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { renderSvgMap } from '../map/svg-fallback';
import { PALETTES } from '../palette';
import type { Checked } from './check';

setWorkerUrl(workerUrl);

/** Moves a place to [lon, lat]: what dragging its marker (by mouse or arrow keys) reports. */
export type OnMove = (place: string, at: [number, number]) => void;

export interface StudioMap {
  show: (c: Checked) => void;
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const theme = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** Whether this browser gives MapLibre the WebGL 2 it needs. */
function hasWebGl(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}

/** The static map where WebGL is missing: the reader's page's own SVG map of the draft. */
function svgMap(container: HTMLElement): StudioMap {
  const note = document.createElement('p');
  note.className = 'fallback-note';
  note.textContent =
    'This browser could not draw the interactive map (no WebGL2), so a static one is shown; move a place with its latitude and longitude in the list of places.';
  return {
    show: (c) => {
      const pos = c.data.places.map((p) => p.geometry.coordinates);
      if (pos.length === 0) return;
      const xs = pos.map((p) => p[0] ?? 0);
      const ys = pos.map((p) => p[1] ?? 0);
      const box: [number, number, number, number] = [
        Math.min(...xs) - 1,
        Math.min(...ys) - 1,
        Math.max(...xs) + 1,
        Math.max(...ys) + 1,
      ];
      const rect = container.getBoundingClientRect();
      const size = { width: Math.max(300, rect.width), height: Math.max(240, rect.height - 40) };
      const pad = { top: 20, right: 20, bottom: 20, left: 20 };
      container.replaceChildren(
        renderSvgMap(c.data, empty, box, PALETTES[theme()], size, pad),
        note,
      );
    },
  };
}

/**
 * The studio's map: the world's countries (world-atlas 110m), the route, and each place as a
 * marker that can be dragged with the mouse or moved with the arrow keys once focused; a static
 * map instead where WebGL is missing.
 */
export async function createStudioMap(
  container: HTMLElement,
  base: string,
  onMove: OnMove,
): Promise<StudioMap> {
  if (!hasWebGl()) return svgMap(container);
  const c = PALETTES[theme()];
  const res = await fetch(new URL('basemap/countries-110m.json', base));
  const world = (await res.json()) as Topology;
  const countries = world.objects.countries as GeometryCollection;
  const map = new MapLibreMap({
    container,
    attributionControl: {
      compact: true,
      customAttribution: 'Natural Earth (via world-atlas); GeoNames (CC BY 4.0)',
    },
    dragRotate: false,
    locale: { 'Map.Title': 'Map of the draft: arrow keys pan, plus and minus zoom' },
    style: {
      version: 8,
      sources: {
        land: { type: 'geojson', data: feature(world, countries) },
        borders: { type: 'geojson', data: mesh(world, countries, (a, b) => a !== b) },
        route: { type: 'geojson', data: empty },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
        { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': c.land } },
        {
          id: 'borders',
          type: 'line',
          source: 'borders',
          paint: { 'line-color': c.border, 'line-width': 0.6 },
        },
        {
          id: 'route',
          type: 'line',
          source: 'route',
          paint: { 'line-color': c.accent, 'line-width': 3 },
        },
      ],
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }));
  let markers: Marker[] = [];
  let framed = '';
  return {
    show: (checked) => {
      const route = map.getSource('route') as GeoJSONSource | undefined;
      const line: LineString | null = checked.route;
      const data: FeatureCollection = line
        ? {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: {}, geometry: line }],
          }
        : empty;
      if (route) route.setData(data);
      else map.once('load', () => (map.getSource('route') as GeoJSONSource).setData(data));
      for (const m of markers) m.remove();
      const stops = new Set(checked.data.manifest.stops);
      markers = checked.data.places.flatMap((p) => {
        const stop = stops.has(p.properties.id);
        const m = new Marker({
          draggable: true,
          color: stop ? c.accent : c.textMuted,
          scale: stop ? 0.8 : 0.6,
        });
        const el = m.getElement();
        el.setAttribute(
          'aria-label',
          `${p.properties.name}${stop ? '' : ' (context)'}: drag, or arrow keys, to move`,
        );
        el.dataset.place = p.properties.id;
        el.title = p.properties.name;
        const [lon = 0, lat = 0] = p.geometry.coordinates;
        m.setLngLat([lon, lat]).addTo(map);
        // The name beside the marker: text for the eye (the marker's own label is its name).
        const text = document.createElement('div');
        text.className = 'marker-label';
        text.textContent = p.properties.name;
        text.setAttribute('aria-hidden', 'true');
        const label = new Marker({ element: text, anchor: 'left', offset: [12, -14] })
          .setLngLat([lon, lat])
          .addTo(map);
        m.on('drag', () => label.setLngLat(m.getLngLat()));
        m.on('dragend', () => {
          const at = m.getLngLat();
          onMove(p.properties.id, [at.lng, at.lat]);
        });
        return [m, label];
      });
      const key = checked.data.places.map((p) => p.properties.id).join();
      if (key !== framed && checked.data.places.length > 0) {
        framed = key;
        const b = new LngLatBounds();
        for (const p of checked.data.places) b.extend(p.geometry.coordinates as [number, number]);
        map.fitBounds(b, { padding: 60, maxZoom: 8, duration: 0 });
      }
    },
  };
}

/**
 * The benchmark's floor: a bare MapLibre page with the same basemap data and the same places,
 * drawn as plain circles. No validation, no panel, no computation: what any map of this data
 * would cost.
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import bordersUrl from '@basemap/borders.geojson?url';
import labelsUrl from '@basemap/labels.geojson?url';
import lakesUrl from '@basemap/lakes.geojson?url';
import landUrl from '@basemap/land.geojson?url';
import riversUrl from '@basemap/rivers.geojson?url';
import placesUrl from '@story/places.geojson?url';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import { basemapLayers } from '../../src/map/basemap-layers';
import { inSet, SETS, SOURCES } from '../../src/map/layers';
import { basemapSources, glyphsUrl, tag } from '../../src/map/style';
import './baseline.css';

declare global {
  interface Window {
    benchMap?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);
const json = (url: string) => fetch(url).then((r) => r.json());
const [land, borders, rivers, lakes, labels, places] = await Promise.all(
  [landUrl, bordersUrl, riversUrl, lakesUrl, labelsUrl, placesUrl].map(json),
);
performance.mark('data-arrived');
const map = new MapLibreMap({
  container: 'map',
  localIdeographFontFamily: false,
  bounds: [125.7358714, 39.0046949, 128.333932, 51.884395],
  fitBoundsOptions: { padding: 48 },
  style: {
    version: 8,
    glyphs: glyphsUrl(document.baseURI),
    sources: basemapSources(
      {
        land: land.features,
        borders: borders.features,
        rivers: rivers.features,
        lakes: lakes.features,
        labels: labels.features,
      },
      { points: tag(places.features, SETS.place) },
    ),
    layers: [
      ...basemapLayers(),
      {
        id: 'places',
        type: 'circle',
        source: SOURCES.points,
        filter: inSet(SETS.place),
        paint: { 'circle-radius': 6, 'circle-color': '#c0392b' },
      },
    ],
  },
});
map.once('idle', () => performance.mark('map-idle'));
window.benchMap = map;

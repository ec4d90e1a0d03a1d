import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { ATTRIBUTION, COLOURS, type Palette } from '../config';
import type { GeoData } from '../data/load';
import type { Station } from '../data/schema';
import { basemapLayers } from './basemap-layers';
import fontFaces from './font-faces.json';
import { SOURCES } from './layers';
import { placesForMap } from './places-for-map';
import { claimLayers, placeLayers, routeLayers } from './story-layers';

/** Stations flattened for the map; `place` is '' for stations that are not one of the places. */
export function stationsForMap(stations: Station[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: stations.map((s) => ({
      type: 'Feature',
      properties: {
        id: s.properties.id,
        name: s.properties.name,
        kind: s.properties.kind,
        place: s.properties.place ?? '',
      },
      geometry: s.geometry,
    })),
  };
}

/** The style's `font-faces`, with the font files resolved against the page's base URL. */
export function fontFacesFor(baseUrl: string): NonNullable<StyleSpecification['font-faces']> {
  return Object.fromEntries(
    Object.entries(fontFaces).map(([stack, faces]) => [
      stack,
      faces.map((f) => ({ url: new URL(f.file, baseUrl).href, 'unicode-range': f.unicodeRange })),
    ]),
  );
}

const collection = (features: unknown[]) =>
  ({ type: 'FeatureCollection', features }) as FeatureCollection;

/** The whole offline style: every source inline, fonts from this site, nothing from elsewhere. */
export function buildStyle(
  data: GeoData,
  baseUrl: string,
  claims: FeatureCollection = collection([]),
  palette: Palette = COLOURS,
): StyleSpecification {
  const ne = ATTRIBUTION.naturalEarth;
  return {
    version: 8,
    name: 'kim-train-map',
    'font-faces': fontFacesFor(baseUrl),
    sources: {
      [SOURCES.land]: { type: 'geojson', data: collection(data.land), attribution: ne },
      [SOURCES.borders]: { type: 'geojson', data: collection(data.borders), attribution: ne },
      [SOURCES.rivers]: { type: 'geojson', data: collection(data.rivers), attribution: ne },
      [SOURCES.lakes]: { type: 'geojson', data: collection(data.lakes), attribution: ne },
      [SOURCES.labels]: { type: 'geojson', data: collection(data.labels), attribution: ne },
      [SOURCES.rail]: {
        type: 'geojson',
        data: collection(data.rail),
        attribution: ATTRIBUTION.osm,
      },
      [SOURCES.stations]: {
        type: 'geojson',
        data: stationsForMap(data.stations),
        attribution: ATTRIBUTION.osm,
      },
      [SOURCES.claims]: { type: 'geojson', data: claims },
      [SOURCES.places]: {
        type: 'geojson',
        data: placesForMap(data.places),
        attribution: ATTRIBUTION.osm,
        promoteId: 'id',
      },
    },
    layers: [
      ...basemapLayers(palette),
      ...routeLayers(palette),
      ...claimLayers(palette),
      ...placeLayers(palette),
    ],
  };
}

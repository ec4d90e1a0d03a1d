import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { ATTRIBUTION, COLOURS, type Palette } from '../config';
import type { GeoData } from '../data/load';
import type { Station } from '../data/schema';
import { basemapLayers } from './basemap-layers';
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

/**
 * The style's `glyphs` URL: the ready-made label glyphs under public/glyphs/, resolved against the
 * page's base URL (the placeholders are MapLibre's, so they are joined on, not URL-encoded).
 */
export function glyphsUrl(baseUrl: string): string {
  return `${new URL('glyphs/', baseUrl).href}{fontstack}/{range}.pbf`;
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
    glyphs: glyphsUrl(baseUrl),
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

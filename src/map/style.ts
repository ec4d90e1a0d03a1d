import type { FeatureCollection, Point } from 'geojson';
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { COLOURS, type Palette } from '../config';
import type { GeoData } from '../data/load';
import type { Station } from '../data/schema';
import { creditsFor } from './attribution';
import { basemapLayers } from './basemap-layers';
import { type FeatureSet, SETS, SOURCES } from './layers';
import { placesForMap } from './places-for-map';
import { claimLabelLayer, claimLayers, placeLayers, routeLayers } from './story-layers';

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

interface Tagged {
  type: 'Feature';
  properties: Record<string, unknown> | null;
  geometry: unknown;
}

/** The features of one geo/ file, marked with their set for a shared source's layer filters. */
export function tag(features: readonly Tagged[], set: FeatureSet): Tagged[] {
  return features.map((f) => ({ ...f, properties: { ...f.properties, set } }));
}

/**
 * The basemap's sources (areas, lines, points), with the story's lines and points of the same
 * geometry added to them. Shared with the benchmark's bare MapLibre page, which draws the same
 * basemap. The order is the order the map asks for their tiles: points first, so that the labels'
 * glyphs are requested (and the labels laid out) while the heavy land tiles are still being cut.
 */
export function basemapSources(
  d: Pick<GeoData, 'land' | 'lakes' | 'rivers' | 'borders' | 'labels'> &
    Partial<Pick<GeoData, 'provenance'>>,
  story: { lines?: Tagged[]; points?: Tagged[] } = {},
): Record<string, SourceSpecification> {
  // The sources the files name (the credits line shows the same, attribution.ts).
  const credit = creditsFor(d.provenance ?? [])
    .slice(1)
    .join(' | ');
  return {
    [SOURCES.points]: {
      type: 'geojson',
      data: collection([...tag(d.labels, SETS.label), ...(story.points ?? [])]),
      attribution: credit,
    },
    [SOURCES.lines]: {
      type: 'geojson',
      data: collection([
        ...tag(d.rivers, SETS.river),
        ...tag(d.borders, SETS.border),
        ...(story.lines ?? []),
      ]),
      attribution: credit,
    },
    [SOURCES.areas]: {
      type: 'geojson',
      data: collection([...tag(d.land, SETS.land), ...tag(d.lakes, SETS.lake)]),
      attribution: credit,
    },
  };
}

/**
 * The story's points: places, stations, and the claims' label points, whose text follows the
 * reader's choices (Reported or Computed, km or miles).
 */
export function storyPoints(data: GeoData, claims: FeatureCollection): Tagged[] {
  const side = inwardSide(data);
  return [
    ...tag(placesForMap(data.places, data.manifest.languages).features as Tagged[], SETS.place),
    ...tag(stationsForMap(data.stations).features as Tagged[], SETS.station),
    ...tag(claims.features.filter((f) => f.geometry.type === 'Point') as Tagged[], SETS.claim),
  ].map((f) => ({ ...f, properties: { ...f.properties, side: side(f) } }));
}

/**
 * Which way a label points. The first view's two outermost places (west and east of the frame)
 * read outward, away from the route ('out-west', 'out-east': the frame keeps room for them,
 * padding.ts); every other label reads toward the middle of the view ('east' for a point east of
 * it, whose text is set to its left), so that none runs off the screen. label-scale.ts orders the
 * anchors by it.
 */
function inwardSide(data: GeoData): (f: Tagged) => string {
  const edges = frameEdges(data);
  const { mid } = edges;
  return (f) => {
    const id = f.properties?.id;
    if (f.properties?.set === SETS.place && id === edges.west?.id) return 'out-west';
    if (f.properties?.set === SETS.place && id === edges.east?.id) return 'out-east';
    const lon = (f.geometry as { coordinates?: number[] } | null)?.coordinates?.[0] ?? mid;
    return lon > mid ? 'east' : 'west';
  };
}

/**
 * The first view's west-most and east-most places (of the manifest's frame), with their names,
 * when the frame is wider than it is high: a journey east or west, whose ends are the view's
 * sides. None for a journey north or south (its ends are the top and the bottom). `mid`: the
 * longitude halfway across the frame's places.
 */
export function frameEdges(data: Pick<GeoData, 'manifest' | 'places' | 'stations'>) {
  const frame = new Set(data.manifest.frame);
  const at = [...data.places, ...data.stations]
    .filter((p) => frame.has(p.properties.id))
    .map((p) => ({
      id: p.properties.id,
      name: p.properties.name,
      lon: p.geometry.coordinates[0] ?? 0,
      lat: p.geometry.coordinates[1] ?? 0,
    }))
    .sort((a, b) => a.lon - b.lon);
  const lats = at.map((p) => p.lat);
  const mid = at.length > 0 ? ((at[0]?.lon ?? 0) + (at.at(-1)?.lon ?? 0)) / 2 : 0;
  const wide =
    at.length > 1 &&
    ((at.at(-1)?.lon ?? 0) - (at[0]?.lon ?? 0)) * Math.cos(((lats[0] ?? 0) * Math.PI) / 180) >
      Math.max(...lats) - Math.min(...lats);
  return wide ? { west: at[0], east: at.at(-1), mid } : { west: undefined, east: undefined, mid };
}

/** The claims' lines, which do not change with the reader's choices: geometry and id only. */
const claimLineStrings = (claims: FeatureCollection): Tagged[] =>
  claims.features
    .filter((f) => f.geometry.type === 'LineString')
    .map((f) => ({ ...f, properties: { id: f.properties?.id ?? '' } }));

/** The whole offline style: every source inline, glyphs from this site, nothing from elsewhere. */
export function buildStyle(
  data: GeoData,
  baseUrl: string,
  claims: FeatureCollection = collection([]),
  palette: Palette = COLOURS,
): StyleSpecification {
  const sources = basemapSources(data, {
    lines: [...tag(data.rail, SETS.rail), ...tag(claimLineStrings(claims), SETS.claim)],
    points: storyPoints(data, claims),
  });
  return {
    version: 8,
    name: 'kim-train-map',
    glyphs: glyphsUrl(baseUrl),
    sources,
    layers: [
      ...basemapLayers(palette, data.manifest.countries),
      ...routeLayers(palette),
      ...claimLayers(palette),
      // A claim's label is placed after the places' names (a later layer is placed first): a
      // place is never left unnamed under a claim about it.
      claimLabelLayer(palette),
      ...placeLayers(palette),
    ],
  };
}

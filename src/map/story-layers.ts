import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLOURS, type Palette } from '../config';
import { halo } from './basemap-layers';
import {
  byZoom,
  CLAIM_ANCHORS,
  EDGE_WRAP_SMALL,
  PLACE_ANCHORS,
  placeName,
  sizeByZoom,
} from './label-scale';
import { FONT_BOLD, FONT_REGULAR, inSet, LAYERS, SETS, SOURCES } from './layers';

/**
 * Drawn as track: a surveyed leg, or a leg routed on the world rail network (Natural Earth's
 * track, not a chain of straight lines); everything else on the route is dashed.
 */
const TRACK: ExpressionSpecification = [
  'any',
  ['==', ['get', 'accuracy'], 'surveyed'],
  ['all', ['has', 'routed'], ['!=', ['get', 'track'], false]],
];

/** The route's rail drawn as track (solid) or not (dashed). */
const onRoute = (accuracy: 'surveyed' | 'approximate'): ExpressionSpecification => [
  'all',
  inSet(SETS.rail),
  ['get', 'onRoute'],
  accuracy === 'surveyed' ? TRACK : ['!', TRACK],
];

/** Stations along the line that are not one of the story's places (those have their own marker). */
const LINE_STATIONS: ExpressionSpecification = [
  'all',
  inSet(SETS.station),
  ['==', ['get', 'place'], ''],
  ['==', ['get', 'kind'], 'station'],
];

/**
 * The rail route: track that follows mapped lines is solid; legs that are a chain of station
 * points (no open track geometry) are dashed; the Vladivostok leg, off the route, is thinner.
 */
export function routeLayers(c: Palette = COLOURS): LayerSpecification[] {
  // The paint is written per feature (on or off the route) so that these layers share their
  // shader programs with the basemap's rivers and borders: every distinct program costs a
  // compilation at start-up, which is slow where WebGL runs in software.
  const colour: ExpressionSpecification = ['case', ['get', 'onRoute'], c.rail, c.railOffRoute];
  const width: ExpressionSpecification = [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['case', ['get', 'onRoute'], 2, 1.2],
    8,
    ['case', ['get', 'onRoute'], 4, 2.5],
  ];
  return [
    {
      id: LAYERS.railOffRoute,
      type: 'line',
      source: SOURCES.lines,
      filter: ['all', inSet(SETS.rail), ['!', ['get', 'onRoute']]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colour, 'line-width': width },
    },
    {
      id: LAYERS.railSurveyed,
      type: 'line',
      source: SOURCES.lines,
      filter: onRoute('surveyed'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colour, 'line-width': width },
    },
    {
      id: LAYERS.railApproximate,
      type: 'line',
      source: SOURCES.lines,
      filter: onRoute('approximate'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 2, 8, 4],
        'line-dasharray': [1.5, 1.2],
      },
    },
    {
      id: LAYERS.stationCircles,
      type: 'circle',
      source: SOURCES.points,
      minzoom: 5,
      filter: LINE_STATIONS,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 4.5],
        'circle-color': c.halo,
        'circle-stroke-color': c.rail,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYERS.stationLabels,
      type: 'symbol',
      source: SOURCES.points,
      minzoom: 6,
      filter: LINE_STATIONS,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11.5,
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.6,
      },
      paint: { 'text-color': c.rail, ...halo(c) },
    },
  ];
}

/**
 * Straight lines between the places the articles give distances for. Their labels are a layer of
 * their own, above the places' (`claimLabelLayer`).
 */
export function claimLayers(c: Palette = COLOURS): LayerSpecification[] {
  return [
    {
      id: LAYERS.claimLines,
      type: 'line',
      source: SOURCES.lines,
      filter: inSet(SETS.claim),
      paint: {
        // Per feature (though the same for all) to share the borders' dashed-line program.
        'line-color': ['coalesce', ['get', 'color'], c.accent],
        'line-width': 1.5,
        'line-dasharray': [4, 3],
        'line-opacity': 0.8,
      },
    },
  ];
}

/**
 * The claim lines' labels, with the reported or the computed figures (the label points' text is
 * set per mode in the data). The top symbol layer, so they are placed first: the places' labels
 * and the basemap's find room around them, and nothing is drawn over them.
 */
export function claimLabelLayer(c: Palette = COLOURS): LayerSpecification {
  return {
    id: LAYERS.claimLabels,
    type: 'symbol',
    source: SOURCES.points,
    filter: inSet(SETS.claim),
    layout: {
      'text-field': ['get', 'label'],
      'text-font': FONT_BOLD,
      'text-size': sizeByZoom(11, 12),
      'text-max-width': 14,
      'text-variable-anchor-offset': CLAIM_ANCHORS,
    },
    paint: {
      'text-color': c.accentDark,
      'text-halo-color': c.halo,
      'text-halo-width': 2,
      'text-opacity': 1,
      'text-opacity-transition': { duration: 250, delay: 0 },
    },
  };
}

/** The ring's filter: the selected place (none for null). */
export const selectedFilter = (id: string | null): ExpressionSpecification => [
  'all',
  inSet(SETS.place),
  ['==', ['get', 'id'], id ?? ''],
];

/**
 * The story's places: a marker, a ring for the selected one, and a label, the name with the
 * local name under it (the name alone when small).
 */
export function placeLayers(c: Palette = COLOURS): LayerSpecification[] {
  return [
    {
      id: LAYERS.placeHalo,
      type: 'circle',
      source: SOURCES.points,
      filter: selectedFilter(null),
      paint: {
        'circle-radius': 12,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': c.accentDark,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: LAYERS.placeCircles,
      type: 'circle',
      source: SOURCES.points,
      filter: inSet(SETS.place),
      layout: { 'circle-sort-key': ['-', 10, ['get', 'rank']] },
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['-', 7, ['get', 'rank']],
          10,
          ['-', 10, ['get', 'rank']],
        ],
        'circle-color': c.accent,
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYERS.placeLabels,
      type: 'symbol',
      source: SOURCES.points,
      filter: inSet(SETS.place),
      layout: {
        'text-field': placeName,
        'text-font': FONT_REGULAR,
        'text-size': sizeByZoom(10, 13),
        'text-padding': byZoom(1, 2),
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor-offset': PLACE_ANCHORS,
        'text-justify': 'auto',
        'text-max-width': byZoom(
          ['match', ['get', 'side'], ['out-west', 'out-east'], EDGE_WRAP_SMALL, 20],
          ['match', ['get', 'side'], ['out-west', 'out-east'], EDGE_WRAP_SMALL, 12],
        ),
      },
      paint: { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 2 },
    },
  ];
}

import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLOURS, type Palette } from '../config';
import { FONT_REGULAR, inSet, LAYERS, SETS, SOURCES } from './layers';

export const halo = (c: Palette) =>
  ({ 'text-halo-color': c.halo, 'text-halo-width': 1.5 }) as const;

/**
 * Basemap layers, bottom to top: water, land, lakes, rivers, borders, then labels. Later symbol
 * layers win label collisions, so the order is cities, then rivers and lakes, then countries.
 */
/** The basemap's layers; `countries` (ISO numeric) are the story's, drawn a shade darker. */
export function basemapLayers(
  c: Palette = COLOURS,
  countries: readonly string[] = [],
): LayerSpecification[] {
  const storyCountry: ExpressionSpecification = ['in', ['get', 'iso'], ['literal', [...countries]]];
  return [
    { id: LAYERS.background, type: 'background', paint: { 'background-color': c.sea } },
    // The story's countries are a layer of their own rather than a colour per feature: a layer
    // of one colour shares the lakes' shader program, and every distinct program costs a
    // compilation at start-up, which is slow where WebGL runs in software.
    {
      id: LAYERS.land,
      type: 'fill',
      source: SOURCES.areas,
      filter:
        countries.length > 0 ? ['all', inSet(SETS.land), ['!', storyCountry]] : inSet(SETS.land),
      paint: { 'fill-color': c.land, 'fill-antialias': false },
    },
    ...(countries.length > 0
      ? [
          {
            id: LAYERS.landStory,
            type: 'fill',
            source: SOURCES.areas,
            filter: ['all', inSet(SETS.land), storyCountry],
            paint: { 'fill-color': c.landStory, 'fill-antialias': false },
          } satisfies LayerSpecification,
        ]
      : []),
    {
      id: LAYERS.lakes,
      type: 'fill',
      source: SOURCES.areas,
      filter: inSet(SETS.lake),
      paint: { 'fill-color': c.lake },
    },
    {
      id: LAYERS.rivers,
      type: 'line',
      source: SOURCES.lines,
      filter: [
        'all',
        inSet(SETS.river),
        ['any', ['get', 'story'], ['<=', ['get', 'rank'], ['step', ['zoom'], 7, 5, 9]]],
      ],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', ['get', 'story'], c.riverStory, c.river],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', ['get', 'story'], 1.2, 0.6],
          8,
          ['case', ['get', 'story'], 2.5, 1.2],
        ],
      },
    },
    {
      id: LAYERS.borders,
      type: 'line',
      source: SOURCES.lines,
      filter: inSet(SETS.border),
      paint: {
        'line-color': ['match', ['get', 'kind'], 'line-of-control', c.lineOfControl, c.border],
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYERS.cityLabels,
      type: 'symbol',
      source: SOURCES.points,
      filter: [
        'all',
        inSet(SETS.label),
        ['==', ['get', 'kind'], 'city'],
        ['<=', ['get', 'rank'], ['step', ['zoom'], 3, 4, 5, 5, 7, 7, 10]],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.4,
      },
      paint: { 'text-color': c.textMuted, ...halo(c) },
    },
    {
      id: LAYERS.riverLabels,
      type: 'symbol',
      source: SOURCES.lines,
      filter: ['all', inSet(SETS.river), ['get', 'story']],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-letter-spacing': 0.05,
        'symbol-spacing': 300,
        'text-max-angle': 70,
      },
      paint: { 'text-color': c.riverStory, ...halo(c) },
    },
    {
      id: LAYERS.lakeLabels,
      type: 'symbol',
      source: SOURCES.areas,
      filter: [
        'all',
        inSet(SETS.lake),
        ['!=', ['get', 'name'], ''],
        ['<=', ['get', 'rank'], ['step', ['zoom'], 3, 6, 9]],
      ],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': 11,
        'text-max-width': 6,
      },
      paint: { 'text-color': c.riverStory, ...halo(c) },
    },
    {
      id: LAYERS.countryLabels,
      type: 'symbol',
      source: SOURCES.points,
      filter: ['all', inSet(SETS.label), ['==', ['get', 'kind'], 'country']],
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 15],
        'text-letter-spacing': 0.2,
        'text-max-width': 8,
      },
      paint: { 'text-color': c.textMuted, ...halo(c) },
    },
  ];
}

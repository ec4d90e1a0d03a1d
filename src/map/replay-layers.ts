import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLOURS, type Palette } from '../config';
import { LAYERS, SOURCES } from './layers';

/**
 * The replay: the stretch the reported days allow (a wide pale band), the travelled route, the
 * train, and in hindsight the train as it happened (a ring). Under the claim lines and labels, so those stay readable over it.
 */
export function replayLayers(c: Palette = COLOURS): LayerSpecification[] {
  const kind = (k: string): ExpressionSpecification => ['==', ['get', 'kind'], k];
  return [
    {
      id: LAYERS.replayBand,
      type: 'line',
      source: SOURCES.replay,
      filter: kind('band'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.riverStory, 'line-width': 12, 'line-opacity': 0.35 },
    },
    {
      id: LAYERS.replayTravelled,
      type: 'line',
      source: SOURCES.replay,
      filter: kind('travelled'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.accent, 'line-width': 4 },
    },
    {
      // The train as it happened (in hindsight): a ring, so the reported one stays readable.
      id: LAYERS.replayHappened,
      type: 'circle',
      source: SOURCES.replay,
      filter: kind('happened'),
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': c.rail,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYERS.replayTrain,
      type: 'circle',
      source: SOURCES.replay,
      filter: kind('train'),
      paint: {
        'circle-radius': 7,
        'circle-color': c.accentDark,
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 2,
      },
    },
  ];
}

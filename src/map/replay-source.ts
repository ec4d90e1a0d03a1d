import type { FeatureCollection, Position } from 'geojson';
import type { ReplayFrame } from '../journey/replay';

/**
 * The replay's frame as the data of its own source: the band, the travelled route, the train,
 * and (in hindsight) the train as it happened.
 */
export function replayFeatures(
  frame: ReplayFrame | null,
  lines: { travelled: Position[]; band: Position[] } | null,
  happened: { point: Position } | null = null,
): FeatureCollection {
  if (!frame || !lines) return { type: 'FeatureCollection', features: [] };
  const line = (kind: string, coordinates: Position[]) =>
    coordinates.length > 1
      ? [
          {
            type: 'Feature' as const,
            properties: { kind },
            geometry: { type: 'LineString' as const, coordinates },
          },
        ]
      : [];
  return {
    type: 'FeatureCollection',
    features: [
      ...line('band', lines.band),
      ...line('travelled', lines.travelled),
      {
        type: 'Feature',
        properties: { kind: 'train', bearing: frame.bearing, status: frame.status },
        geometry: { type: 'Point', coordinates: frame.point },
      },
      ...(happened
        ? [
            {
              type: 'Feature' as const,
              properties: { kind: 'happened' },
              geometry: { type: 'Point' as const, coordinates: happened.point },
            },
          ]
        : []),
    ],
  };
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/** Rounds every coordinate of a geometry to `digits` decimals (1e-5 degrees is about 1 m). */
export function roundGeometry<G extends Geometry>(geometry: G, digits: number): G {
  const f = 10 ** digits;
  const round = (p: Position): Position => p.map((v) => Math.round(v * f) / f);
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? round(c as Position) : (c as unknown[]).map(walk);
  if (geometry.type === 'GeometryCollection') {
    throw new Error('GeometryCollection is not used in geo/');
  }
  return { ...geometry, coordinates: walk(geometry.coordinates) } as G;
}

/**
 * Serialises a FeatureCollection one feature per line, so that diffs of geo/ stay readable and a
 * second run writes the same bytes. Members other than `features` come first, in the given order.
 */
export function stringifyCollection(fc: FeatureCollection & Record<string, unknown>): string {
  const { features, ...rest } = fc;
  const head = JSON.stringify(rest).slice(0, -1);
  const body = features.map((f: Feature) => JSON.stringify(f)).join(',\n');
  return `${head},"features":[\n${body}\n]}\n`;
}

export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

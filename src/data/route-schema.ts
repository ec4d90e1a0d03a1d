import * as z from 'zod/mini';
import { id, railLegFeature, stationFeature, text } from './schema';

/**
 * route.json: the recipe the derive script (`npm run data -- <story folder>`) follows to make a
 * story's rail.geojson, stations.geojson and published.json from the shared data folder. It
 * names which file and row each stop and each leg comes from; every coordinate and figure is
 * looked up there, none is typed in. The app never reads it (see docs/derive.md).
 */

/** A file of the shared data folder, by its name (no folders). */
const sharedFile = z
  .string()
  .check(
    z.regex(/^[\w.-]+\.(csv|geojson)$/, 'expected the name of a .csv or .geojson file, no folder'),
  );
const csvFile = sharedFile.check(z.refine((f) => f.endsWith('.csv'), 'expected a .csv file'));
const geojsonFile = sharedFile.check(
  z.refine((f) => f.endsWith('.geojson'), 'expected a .geojson file'),
);

/** One row of a CSV file (its `lat`, `lon`), or one Point feature of a GeoJSON file: `key` is `value`. */
export const sharedRow = z.strictObject({
  file: sharedFile,
  key: z.string().check(z.minLength(1)),
  value: text,
});
/** The first or last vertex of the first line in a GeoJSON file (where a trace starts or ends). */
export const sharedVertex = z.strictObject({
  file: geojsonFile,
  vertex: z.enum(['first', 'last']),
});

const station = stationFeature.shape.properties.shape;
const leg = railLegFeature.shape.properties.shape;

export const routeNode = z.strictObject({
  id,
  name: station.name,
  names: station.names,
  kind: station.kind,
  country: station.country,
  /** The place of places.geojson this stop is, if any. */
  place: station.place,
  /** Where its coordinate comes from. */
  at: z.union([sharedRow, sharedVertex], {
    error: 'expected {"file", "key", "value"} or {"file", "vertex": "first" | "last"}',
  }),
  /** A published km post for it: the row's `km_published` and `km_published_source`. */
  kmPost: z.optional(z.extend(sharedRow, { file: csvFile })),
});

const chainSkip = z.strictObject({ value: text, reason: text });

/** How a leg's line is made. */
export const routeTrack = z.discriminatedUnion('kind', [
  /**
   * Straight segments through the rows of a CSV, in the file's order, from the row whose `key`
   * is `from` to the one whose `key` is `to`; rows with no `lat`/`lon` are passed over, and the
   * rows in `skip` left out for the reason given. Kept on land (tools/derive/chain.ts).
   */
  z.strictObject({
    kind: z.literal('chain'),
    file: csvFile,
    key: z.string().check(z.minLength(1)),
    from: text,
    to: text,
    skip: z.optional(z.array(chainSkip)),
  }),
  /** The piece of the first line of a GeoJSON trace between the points nearest the leg's two stops. */
  z.strictObject({ kind: z.literal('trace'), file: geojsonFile }),
  /** Straight segments through the given stops: no mapped track (drawn as approximate). */
  z.strictObject({ kind: z.literal('straight'), via: z.array(id).check(z.minLength(2)) }),
]);

export const routeLeg = z.strictObject({
  from: id,
  to: id,
  line: leg.line,
  /** false: drawn for context (a branch the train did not take). */
  onRoute: z.boolean(),
  track: routeTrack,
  note: z.optional(z.string().check(z.maxLength(600))),
});

/** A figure for a stretch that disagrees with the published one, with its source. */
const conflict = z
  .strictObject({
    km: z.number().check(z.positive('expected a positive number of km')),
    source: text,
    /** Used instead of the file's figure, for the reason given in `why`. */
    preferred: z.optional(z.literal(true)),
    why: z.optional(text),
  })
  .check(
    z.refine((c) => (c.preferred === true) === (c.why !== undefined), {
      message: 'a preferred figure needs a "why", and only a preferred one has one',
      path: ['why'],
    }),
  );

export const routeStretch = z.strictObject({
  from: id,
  to: id,
  /** The row of the published file whose `item` this is; its `value_km`, `source`, `note`. */
  item: text,
  conflicts: z.optional(
    z
      .array(conflict)
      .check(
        z.refine(
          (cs) => cs.filter((c) => c.preferred).length <= 1,
          'expected at most one preferred',
        ),
      ),
  ),
});

export const routeFile = z
  .strictObject({
    name: z.literal('route'),
    source: text,
    /** Also derive the story's finer basemap (basemap/) from the shared data's region. */
    basemap: z.optional(z.boolean()),
    nodes: z.array(routeNode).check(z.minLength(1)),
    legs: z.array(routeLeg),
    published: z.optional(z.strictObject({ file: csvFile, stretches: z.array(routeStretch) })),
  })
  .check(
    z.superRefine((r, ctx) => {
      const ids = new Set<string>();
      r.nodes.forEach((n, i) => {
        if (ids.has(n.id))
          ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: 'duplicate id' });
        ids.add(n.id);
      });
      const known = (path: (string | number)[], v: string) => {
        if (!ids.has(v))
          ctx.addIssue({ code: 'custom', path, message: `no node "${v}" in "nodes"` });
      };
      r.legs.forEach((l, i) => {
        known(['legs', i, 'from'], l.from);
        known(['legs', i, 'to'], l.to);
        if (l.track.kind === 'straight')
          l.track.via.forEach((v, j) => {
            known(['legs', i, 'track', 'via', j], v);
          });
      });
      r.published?.stretches.forEach((s, i) => {
        known(['published', 'stretches', i, 'from'], s.from);
        known(['published', 'stretches', i, 'to'], s.to);
      });
    }),
  );

export type RouteFile = z.infer<typeof routeFile>;
export type RouteNode = z.infer<typeof routeNode>;
export type RouteLeg = z.infer<typeof routeLeg>;
export type RouteTrack = z.infer<typeof routeTrack>;
export type RouteStretch = z.infer<typeof routeStretch>;
export type SharedRow = z.infer<typeof sharedRow>;
export type SharedVertex = z.infer<typeof sharedVertex>;

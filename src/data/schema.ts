import * as z from 'zod/mini';
import {
  lineCoordinates,
  multiLineCoordinates,
  multiPolygonCoordinates,
  polygonCoordinates,
  position,
} from './coordinates';

// No code generation: zod's fast path compiles parsers with `new Function`, which a strict CSP
// (no 'unsafe-eval') refuses, and merely probing for it logs a violation. zod/mini (the
// tree-shakable API) loads no locale of its own: English, as the full API has it, words every
// message a reader or an editor sees.
z.config({ jitless: true, ...z.locales.en() });

/** Text shown to readers: non-empty, trimmed, no control characters. */
export const text = z.string().check(
  z.minLength(1, 'expected a non-empty string'),
  z.maxLength(600, 'expected at most 600 characters'),
  z.refine((s) => s.trim() === s, 'expected no leading or trailing spaces'),
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting them is the point
  z.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'expected no control characters'),
);
const label = z.string().check(z.maxLength(200, 'expected at most 200 characters'));
export const id = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,40}$/, 'expected an id of lower-case letters, digits and "-"'));

const point = z.strictObject({ type: z.literal('Point'), coordinates: position });
const lineString = z.strictObject({ type: z.literal('LineString'), coordinates: lineCoordinates });
const multiLineString = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: multiLineCoordinates,
});
const polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: polygonCoordinates });
const multiPolygon = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: multiPolygonCoordinates,
});
const lines = z.discriminatedUnion('type', [lineString, multiLineString]);
const areas = z.discriminatedUnion('type', [polygon, multiPolygon]);

function feature<G extends z.ZodMiniType, P extends z.ZodMiniType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('Feature'),
    id: z.optional(z.union([z.string(), z.number()])),
    properties,
    geometry,
  });
}

/** What a place is: a `site` is any named place that is not a settlement (a bridge, a base, a port). */
export const PLACE_KINDS = [
  'capital',
  'city',
  'town',
  'station',
  'border',
  'cosmodrome',
  'site',
] as const;
export const mention = z.strictObject({ article: id, quote: text });
/** Names in other languages, by language code ("ko", "ru", "zh"). */
export const localNames = z.record(z.string().check(z.regex(/^[a-z]{2,3}$/)), text, {
  error: (issue) =>
    issue.code === 'invalid_key' ? 'expected a language code such as "ko" as the key' : undefined,
});
/** ISO 3166 alpha-2 country, or two of them for a border ("KP-RU"). */
export const country = z
  .string()
  .check(
    z.regex(
      /^[A-Z]{2}(-[A-Z]{2})?$/,
      'expected a country code such as "RU", or "KP-RU" for a border',
    ),
  );
export const placeProperties = z.strictObject({
  id,
  name: text,
  names: localNames,
  kind: z.enum(PLACE_KINDS),
  country,
  coordSource: text,
  mentions: z.array(mention),
});
export const placeFeature = feature(point, placeProperties);

const detail = z.enum(['fine', 'coarse']);
const rank = z.number().check(z.int('expected an integer rank'), z.gte(0), z.lte(20));
export const landFeature = feature(areas, z.strictObject({ name: label, iso: label, detail }));
export const borderFeature = feature(
  lines,
  z.strictObject({ kind: z.enum(['international', 'line-of-control']), name: label, detail }),
);
export const riverFeature = feature(
  lines,
  z.strictObject({ name: label, story: z.boolean(), rank }),
);
export const lakeFeature = feature(areas, z.strictObject({ name: label, rank }));
export const labelFeature = feature(
  point,
  z.strictObject({ name: text, kind: z.enum(['country', 'city']), rank }),
);

const km = z.number().check(z.positive('expected a positive number of km'));
const sourced = z.strictObject({ km, source: text });
export const ACCURACY = ['surveyed', 'approximate'] as const;
/** How a leg was travelled. */
export const TRAVEL_MODES = ['rail', 'road', 'sea', 'air'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];
export const railLegFeature = feature(
  lineString,
  z.strictObject({
    id: z.string().check(z.regex(/^[a-z][a-z0-9-]*--[a-z][a-z0-9-]*$/, 'expected "from--to"')),
    from: id,
    to: id,
    line: text,
    accuracy: z.enum(ACCURACY),
    /** false: a line standing in where there is no track data (drawn as approximate, measured as the straight line it is). */
    track: z.optional(z.literal(false)),
    /** How the leg was travelled (absent: by rail). Air is a great circle; road and sea have no network here. */
    mode: z.optional(z.enum(TRAVEL_MODES)),
    /** A leg `story:route` put on the world rail network: which, and how far each stop was from its track (null: none near). */
    routed: z.optional(
      z.strictObject({
        network: text,
        snapKm: z.tuple([
          z.nullable(z.number().check(z.gte(0))),
          z.nullable(z.number().check(z.gte(0))),
        ]),
      }),
    ),
    onRoute: z.boolean(),
    published: z.nullable(sourced),
    note: z.string().check(z.maxLength(600)),
    source: text,
    license: text,
  }),
);
export const stationFeature = feature(
  point,
  z.strictObject({
    id,
    name: text,
    names: localNames,
    kind: z.enum(['station', 'junction', 'border', 'site']),
    country,
    place: z.nullable(id),
    kmPost: z.nullable(sourced),
    coordSource: text,
  }),
);
export const stretch = z.strictObject({
  from: id,
  to: id,
  km,
  source: text,
  note: z.string().check(z.maxLength(600)),
  conflicts: z.array(sourced),
});
export const publishedFile = z.strictObject({
  name: z.literal('published'),
  source: text,
  stretches: z.array(stretch),
});

/** The members every geo/ FeatureCollection carries besides its features: its provenance. */
export const collectionHead = z.object({
  type: z.literal('FeatureCollection'),
  name: z.string(),
  source: text,
  license: text,
  features: z.array(z.unknown()),
});

/**
 * A collection with no feature (`{"type":"FeatureCollection","features":[]}`): nothing to credit,
 * so its name and provenance may be left out. A story with no track has an empty rail.geojson.
 */
export const emptyCollection = z.object({
  type: z.literal('FeatureCollection'),
  name: z.optional(z.string()),
  source: z.optional(text),
  license: z.optional(text),
  features: z.array(z.unknown()).check(z.length(0)),
});

/**
 * An article: named by outlet, title, date and (where known) its address. `file` names its text
 * beside story.json; without it the text is kept outside the repository and the quotes are
 * checked against their seals (quotes.lock.json).
 */
export const article = z.strictObject({
  id,
  file: z.optional(text),
  address: z.optional(
    z
      .url({ protocol: /^https?$/, error: 'expected an http or https address' })
      .check(z.maxLength(2000, 'expected at most 2000 characters')),
  ),
  title: text,
  outlet: text,
  short: text,
  published: z.iso.date('expected a date as YYYY-MM-DD'),
});
export const articlesFile = z.strictObject({
  name: z.literal('articles'),
  articles: z.array(article).check(z.minLength(1)),
});

export type Place = z.infer<typeof placeFeature>;
export type PlaceProperties = z.infer<typeof placeProperties>;
export type LandFeature = z.infer<typeof landFeature>;
export type BorderFeature = z.infer<typeof borderFeature>;
export type RiverFeature = z.infer<typeof riverFeature>;
export type LakeFeature = z.infer<typeof lakeFeature>;
export type LabelFeature = z.infer<typeof labelFeature>;
export type Article = z.infer<typeof article>;
export type RailLeg = z.infer<typeof railLegFeature>;
export type Station = z.infer<typeof stationFeature>;
export type Stretch = z.infer<typeof stretch>;

import * as z from 'zod/mini';
import { article, id, text } from './schema';

/** An IANA time zone name the browser knows ("Europe/Paris"). */
export const timeZone = z.string().check(
  z.refine((tz) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: tz });
      return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/.test(tz);
    } catch {
      return false;
    }
  }, 'expected an IANA time zone name such as "Europe/Paris"'),
);

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
const hour = z.number().check(z.int('expected a whole hour'), z.gte(0), z.lte(24));
const lon = z.number().check(z.gte(-180), z.lte(180));
const lat = z.number().check(z.gte(-90), z.lte(90));

/**
 * A story's manifest (`story.json`): everything about one journey that is not a geometry. Every
 * sentence of story text the page shows is here, so the code names no place, person or date.
 */
export const storyManifest = z.strictObject({
  name: z.literal('story'),
  id,
  title: text,
  /** Story text the page shows, sentence by sentence. */
  text: z.strictObject({
    /** One line under the title, and the page's meta description. */
    description: text,
    /** The map region's accessible name, and the static map's. */
    mapLabel: text,
    /** What the map shows, for its text alternative: "A map of north-east Asia". */
    region: text,
    /** The places section's introduction. */
    places: text,
    /** Assumptions of the timeline the page lists under it, beyond the generic ones. */
    assumptions: z.array(text),
  }),
  /** Network nodes in travel order: the legs and the timeline run between them. */
  stops: z.array(id).check(z.minLength(2, 'expected at least two stops')),
  /** Places the first view frames. */
  frame: z.array(id).check(z.minLength(1, 'expected at least one place to frame')),
  /** The story's region [west, south, east, north]: the view before the places load. */
  region: z.tuple([lon, lat, lon, lat]).check(
    z.superRefine(([w, s, e, n], ctx) => {
      if (s >= n)
        ctx.addIssue({ code: 'custom', path: [1], message: `expected south below north (${n})` });
      // The basemap is cut from a region that does not cross the 180° meridian (world-basemap.ts).
      if (w >= e)
        ctx.addIssue({
          code: 'custom',
          path: [0],
          message: `expected west less than east (${e}): a region may not cross the 180° meridian`,
        });
    }),
  ),
  /** ISO 3166 numeric codes of the countries the journey crosses (highlighted on the map). */
  countries: z.array(z.string().check(z.regex(/^\d{3}$/, 'expected an ISO 3166 numeric code'))),
  /** The language of each country's local place names ("KP": "ko"): the map's second label. */
  languages: z.record(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a country code')),
    z.string().check(z.regex(/^[a-z]{2,3}$/, 'expected a language code')),
  ),
  /** Each dated place's time zone. */
  timeZones: z.record(id, timeZone),
  /** The hours a part of day names, local time. */
  partsOfDay: z.partialRecord(z.enum(PARTS_OF_DAY), z.tuple([hour, hour])),
  articles: z.array(article).check(
    z.minLength(1, 'expected at least one article'),
    z.superRefine((list, ctx) => {
      for (const [i, a] of list.entries())
        if (list.findIndex((b) => b.id === a.id) < i)
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${a.id}"` });
    }),
  ),
  /** Reported stops that hold the train, in hours (none in most stories). */
  dwells: z._default(
    z.array(z.strictObject({ place: id, hours: z.number().check(z.positive(), z.lte(240)) })),
    [],
  ),
  /** Stretches of an approximate chain whose measured length is set against the railway's figure. */
  chainChecks: z.array(z.tuple([id, id])),
  source: text,
  /** Who checked the articles and when the check was published: the fact-check's byline in the
   * page's ClaimReview data (none: the outlets' latest date, and the page as its author). */
  review: z.optional(
    z.strictObject({ author: text, published: z.iso.date('expected a date as YYYY-MM-DD') }),
  ),
});

export type StoryManifest = z.infer<typeof storyManifest>;

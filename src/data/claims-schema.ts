import * as z from 'zod/mini';
import { COMPASS } from './compass';
import { sourceRef } from './outcomes-schema';
import { id, text } from './schema';
import { PARTS_OF_DAY } from './story-schema';

export { COMPASS, type CompassPoint } from './compass';

/** The kinds of figure a claim reports (the list, one word each). */
export const CLAIM_KINDS = [
  'straight-distance',
  'rail-distance',
  'road-distance',
  'unstated-distance',
  'direction',
  'speed',
  'datetime',
  'duration',
  'elapsed',
] as const;

/** Distances, speeds, durations (`h`, `min`) and the years between two events (`yr`). */
export const UNITS = ['km', 'mi', 'km/h', 'mph', 'h', 'min', 'yr'] as const;
const figure = z.strictObject({ value: z.number().check(z.positive()), unit: z.enum(UNITS) });

/** An event with its day and its source: what a span of years runs from. */
const datedEvent = z.strictObject({
  day: z.iso.date('expected a date as YYYY-MM-DD'),
  what: text,
  source: sourceRef,
});

export const claim = z.strictObject({
  id,
  article: id,
  quote: text,
  kind: z.enum(CLAIM_KINDS),
  /** [subject, reference]: "A is 98km north of B" is ["a", "b"]. */
  places: z.array(id).check(z.maxLength(2)),
  reported: z.strictObject({
    /** The figure as printed, both units where the article gives both. */
    text,
    figures: z.array(figure),
    qualifier: z.nullable(z.string().check(z.maxLength(40))),
    direction: z.nullable(z.enum(COMPASS)),
    day: z.nullable(z.iso.date('expected a date as YYYY-MM-DD')),
    dayName: z.nullable(
      z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
    ),
    partOfDay: z.nullable(z.enum(PARTS_OF_DAY)),
  }),
  /** A forecast on the day of publication (“probably … on Wednesday”), not a report. */
  forecast: z.optional(z.boolean()),
  /**
   * For an `elapsed` claim (“four years since …”): the earlier event, its day and its source; the
   * later one is the article's date.
   */
  since: z.optional(datedEvent),
  /**
   * For a "first … since …" claim (kind `elapsed`, no figure): the event it counts from ("the
   * Covid-19 pandemic"). It holds when the last such trip before this one (`since`) came before
   * that event.
   */
  firstSince: z.optional(datedEvent),
  note: z.string().check(z.maxLength(600)),
});

export const excluded = z.strictObject({ article: id, quote: text, reason: text });

/** The file's frame; each claim is checked on its own (see data/load.ts). */
export const claimsHead = z.strictObject({
  name: z.literal('claims'),
  source: text,
  claims: z.array(z.unknown()),
  excluded: z.array(z.unknown()),
});

export const claimsFile = z.strictObject({
  name: z.literal('claims'),
  source: text,
  claims: z.array(claim),
  excluded: z.array(excluded),
});

export type Claim = z.infer<typeof claim>;
export type Excluded = z.infer<typeof excluded>;

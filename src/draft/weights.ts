/**
 * The draft's weights, named in one place. Whether a place is on the journey is a ranking: each
 * sign adds its weight, and a place whose score reaches `stop` is a stop; when fewer than two
 * reach it, the best two of the article's places are kept, as unsure, and REVIEW.md says so.
 */
export const PLACE_WEIGHTS = {
  /** A word of travel before the name ("left Pyongyang", "fuhr … nach München"). */
  travel: 3,
  /** A claim of the article is about it (a distance from it, a day at it). */
  claim: 3,
  /** Named in the headline or the first line ("From Lisbon to Madrid …"). */
  title: 2,
  /** One end of a leg the text names: "from A to B", "between A and B", "из A в B". */
  leg: 2,
  /** A preposition of place before it ("in Kyiv", "à Kiev", "из Москвы"). */
  locative: 1,
  /** Each mention after the first, up to `mentionsCounted`. */
  mention: 0.5,
  mentionsCounted: 4,
  /** The score from which a place is a stop. */
  stop: 3,
} as const;

/** A one-day journey's day spread to its stops (day-spread.ts). */
export const DAY_SPREAD = {
  /** A stop this close to a place that has the day already is the same event (city, station). */
  sameEventKm: 30,
} as const;

/**
 * From this population (or as a capital) a city named before a hyphen and a name owns the name as
 * its station or district: "Nice-Ville", "Paris-Austerlitz", "Lyon Part-Dieu".
 */
export const DISTRICT_CITY = 100_000;

/** Whether a gazetteer entry is a city that names its stations and districts so. */
export const ownsDistricts = (e: { population: number; featureCode: string } | undefined) =>
  !!e && (e.population >= DISTRICT_CITY || /^PPL(C|A)$/.test(e.featureCode));

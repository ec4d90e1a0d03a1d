/**
 * Each verdict's rule in one sentence a reader can follow, in one place: the ledger's key,
 * docs/verdicts.md (a test holds it to these) and any other key of the page.
 */
import { SOFT_HOURS } from '../journey/timeline-windows';
import { roundingOf, THRESHOLDS, type Verdict } from '../journey/verdict';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const hours = (n: number) => (n === 1 ? 'an hour' : `${n} hours`);
const band = (v: number) => `“about ${v}” covers ${v - roundingOf(v)} to ${v + roundingOf(v)}`;

/**
 * Each verdict's rule in one sentence a reader can follow: what the word promises and the
 * tolerance behind it. The page's key, docs/verdicts.md and story:check say the same sentences;
 * the figures in them are the code's own (THRESHOLDS, SOFT_HOURS, roundingOf).
 */
export const VERDICT_RULES: Record<Verdict, string> = {
  holds: `Holds: the figure matches what this map measured (a distance within ${pct(THRESHOLDS.holds)} of the straight line or the track, a direction in the compass sector the article names, a span between two dated events), or what happened after the articles confirms a reported time.`,
  loose: `Loose: close to what this map measured but outside the first margin (a distance within ${pct(THRESHOLDS.loose)}, or within the figure’s own rounding; a direction one compass sector off), or a time that misses only by the soft edge of a part of day, by less than ${hours(SOFT_HOURS)}.`,
  'does not hold': `Does not hold: the figure is outside both margins of what this map measured (a speed outside what the reported days allow even at the edge of its rounding, a time that needs a train faster than any speed reported for it), or a distance more than ${pct(THRESHOLDS.holds)} shorter than the straight line between the points this map gives the places, which only another point of a place (a city’s edge) could make true.`,
  impossible:
    'Impossible: no reading of the places or the times can make it true: a rail or road figure shorter than the straight line between the points it names, even at the top of its rounding, or reported times that leave the train no moment or no time at all, and so no speed.',
  consistent:
    'Consistent: it fits the other reported times, or what happened, at a possible speed, but nothing this map measured settles it; a reported day or part of day is at best consistent until what happened confirms it.',
  refuted: `Refuted: what happened after the articles contradicts it beyond the figure’s own rounding (${band(50)}), or misses a reported time by more than a part of day’s soft edge.`,
  'no figure':
    'No figure: there is nothing to set it against (no day given, a place off the route, no dated events); the row says why.',
};

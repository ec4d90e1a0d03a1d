import type { CompassPoint } from '../../data/compass';
import type { Token } from '../text';

export type Unit = 'km' | 'mi' | 'km/h' | 'mph' | 'h' | 'min';
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';
export type DistanceKind =
  | 'straight-distance'
  | 'rail-distance'
  | 'road-distance'
  | 'unstated-distance';

/** What every extractor returns: a figure and the exact span of the article that prints it. */
export interface FigureBase {
  /** Offsets into the article of the figure as printed, qualifier included. */
  start: number;
  end: number;
  /** Token indices [from, to) of the same span. */
  from: number;
  to: number;
}

export interface MeasureFigure extends FigureBase {
  family: 'distance' | 'speed' | 'duration';
  figures: { value: number; unit: Unit }[];
  qualifier: string | null;
  /** For distances: what the article says the distance is measured along. */
  kind?: DistanceKind;
  /** For durations: how a span in days was turned into hours ("3 days read as 72 h"). */
  note?: string;
  /** Spelled in words ("some two hundred kilometres"). */
  words: boolean;
}

export interface DirectionFigure extends FigureBase {
  family: 'direction';
  direction: CompassPoint;
  /** Token index of the first word after "of" (the reference place), or -1 ("to the west"). */
  reference: number;
  /** For a heading ("runs south-east to Salt Lake City"): the token of the place it heads to. */
  heading?: number;
}

export interface DayFigure extends FigureBase {
  family: 'day';
  day: string;
  dayName: DayName;
  partOfDay: PartOfDay | null;
  /** Read relative to another day of the article ("the next day", "that evening"). */
  relative: boolean;
  /** A clock time alone ("at 6 am"), read on the day named before it. */
  clock?: boolean;
  /** Said of what is to come ("will", "would", "is expected to"). */
  future: boolean;
}

export type DayName =
  | 'Monday'
  | 'Tuesday'
  | 'Wednesday'
  | 'Thursday'
  | 'Friday'
  | 'Saturday'
  | 'Sunday';

export type Figure = MeasureFigure | DirectionFigure | DayFigure;

/** Phrases that hedge a figure, longest first so "just over" wins over "over". */
const QUALIFIERS = [
  'a little more than',
  'slightly more than',
  'a little over',
  'a little under',
  'no more than',
  'no less than',
  'in excess of',
  'upwards of',
  'an estimated',
  'as many as',
  'as much as',
  'just over',
  'just under',
  'more than',
  'less than',
  'fewer than',
  'well over',
  'close to',
  'up to',
  'at least',
  'at most',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'some',
  'approximately',
  'circa',
  'over',
  'under',
  'barely',
  'only',
  'just',
].map((q) => q.split(' '));

/**
 * The hedge right before token `i` ("about", "just over"; "only about" gives "about"), with the
 * index of its first token; `i` itself when there is none.
 */
export function qualifierBefore(tokens: Token[], i: number): { from: number; text: string | null } {
  for (const q of QUALIFIERS) {
    const from = i - q.length;
    if (from < 0) continue;
    if (q.every((w, k) => tokens[from + k]?.key === w)) return { from, text: q.join(' ') };
  }
  return { from: i, text: null };
}

/** The article's text for tokens [from, to). */
export const spanText = (text: string, tokens: Token[], from: number, to: number): string =>
  text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);

/** A value rounded to what print could mean (no 0.30000000000000004). */
export const tidy = (v: number): number => Math.round(v * 1e6) / 1e6;

import type { Claim } from '../data/claims-schema';
import type { Anchor } from './anchors';
import type { DayFigure, DirectionFigure, Figure, MeasureFigure } from './figures/figure';
import type { Tokens } from './text';

/** A claim of the draft, with what the review list should say about it. */
export interface DraftClaim {
  claim: Claim;
  /** The anchors behind `claim.places` (also those the draft could not place). */
  subject: Anchor | null;
  reference: Anchor | null;
  /** What an editor should confirm. */
  review: string[];
  /** Token position, for ordering. */
  at: number;
  /** Of the whole journey ("the 170-kilometre trip"): its places are the first and last stops. */
  whole?: boolean;
}

export interface ArticleFigures {
  distances: MeasureFigure[];
  speeds: MeasureFigure[];
  durations: MeasureFigure[];
  directions: DirectionFigure[];
  days: DayFigure[];
}

/** Where the family builders put what they find. */
export interface ClaimSink {
  t: Tokens;
  anchors: Anchor[];
  figs: ArticleFigures;
  published: string;
  /** The figure as printed. */
  text: (f: Figure) => string;
  /** A year other than the publication's in the figure's sentence (it is then left out). */
  past: (f: Figure) => string | null;
  add: (
    f: Figure,
    c: Omit<Claim, 'id' | 'article' | 'quote'>,
    subject: Anchor | null,
    reference: Anchor | null,
    review: string[],
    whole?: boolean,
  ) => void;
  exclude: (from: number, to: number, reason: string) => void;
}

/**
 * The ids of a claim's places: [subject, reference], [subject], or none when the subject is
 * unknown (a reference alone would read as the subject). `two`: both or none.
 */
export function idsOf(ids: (string | null | undefined)[], two = false): string[] {
  const [a, b] = ids;
  if (!a || (two && (!b || b === a))) return [];
  return b && b !== a ? [a, b] : [a];
}

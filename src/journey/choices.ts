/** The reader's choices the figures depend on. */
export type Mode = 'reported' | 'computed';
export type Units = 'km' | 'mi';

export interface Choices {
  speedKmh: number;
  mode: Mode;
  units: Units;
  /** Verdicts as the articles' days have them (false) or as what happened settles them (true). */
  hindsight?: boolean;
}

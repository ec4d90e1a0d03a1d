import type { Position } from 'geojson';
import type { Claim, CompassPoint } from '../data/claims-schema';
import type { StretchFigure } from './route-figures';
import type { Demand, PropagatedWindow, Timeline } from './timeline';
import type { Verdict } from './verdict';

export interface ClaimContext {
  position: (place: string) => Position | undefined;
  /** The railway's one figure between two nodes of the network (null when either is not one). */
  railway: (a: string, b: string) => StretchFigure | null;
  timeline: Timeline;
  /** The same timeline with forecasts left out. */
  reportsOnly: Timeline;
  speedKmh: number;
  /** The fastest speed any article reports for the train, or null when none does. */
  topKmh: number | null;
}

export interface Comparison {
  basis: 'straight' | 'rail';
  km: number;
  diffKm: number;
  diffRel: number;
}

/** What the map computes for a claim; the UI words it (in the reader's units). */
export type ClaimCheck =
  | {
      check: 'distance';
      reportedKm: number;
      miles: { mi: number; asKm: number; agrees: boolean } | null;
      straightKm: number;
      rail: StretchFigure | null;
      comparisons: Comparison[];
      closest: 'straight' | 'rail' | 'neither';
      /** Shorter than the straight line by more than the margin: no route is that short. */
      belowStraight: boolean;
    }
  | {
      check: 'direction';
      bearing: number;
      compass: CompassPoint;
      claimed: CompassPoint;
      degreesOff: number;
    }
  | { check: 'circuitous'; straightKm: number; railKm: number; ratio: number }
  | { check: 'duration'; railKm: number; hours: number; speedKmh: number }
  | { check: 'speed'; reportedKmh: number; requiredKmh: number; demand: Demand }
  | {
      check: 'timeline';
      event: PropagatedWindow;
      /** The most demanding pair of places this time belongs to (null when it stands alone). */
      demand: Demand | null;
      /** Hours the binding pair takes at the chosen speed. */
      hours: number | null;
      speedKmh: number;
      topKmh: number | null;
      /** Why the time is impossible, if it is: no moment left, or faster than the train goes. */
      impossible: 'no window' | 'no time' | 'too fast' | null;
      /** For a forecast: the whole journey's least speed with it and without it. */
      forecast: { with: Demand | null; without: Demand | null } | null;
    }
  | { check: 'none'; reason: string };

export type ClaimResult = ClaimCheck & { claim: Claim; verdict: Verdict };

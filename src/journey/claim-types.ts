import type { Position } from 'geojson';
import type { Claim, CompassPoint } from '../data/claims-schema';
import type { FixedBound } from './fixed-points';
import type { StretchFigure } from './route-figures';
import type { Greatest, SpeedBounds } from './speed-bounds';
import type { Demand, PropagatedWindow, Timeline } from './timeline';
import type { DistanceBasis, Verdict } from './verdict';

/** A speed an article reports for the train, in km/h. */
export interface ReportedSpeed {
  kmh: number;
  /** The figure's own rounding, in km/h ("about 50": 5). */
  rounding: number;
  claim: string;
  /** The article's id, and its short name for the words. */
  article: string;
  short: string;
}

export interface ClaimContext {
  position: (place: string) => Position | undefined;
  /** The railway's one figure between two nodes of the network (null: no track between them). */
  railway: (a: string, b: string) => StretchFigure | null;
  /**
   * The route's figure between two places on it, along its stops: the track where there is
   * track, the straight line between consecutive stops where there is none (null: off the route).
   */
  alongStops: (a: string, b: string) => StretchFigure | null;
  timeline: Timeline;
  /** The same timeline with forecasts left out. */
  reportsOnly: Timeline;
  /** The timeline with the soft ends (parts of day) widened: what the times allow read loosely. */
  relaxed: Timeline;
  /** The average speeds the reported days allow on the stretch that demands the most. */
  bounds: SpeedBounds;
  speedKmh: number;
  /** The speeds the articles report; the fastest of them, or null when none does. */
  speeds: ReportedSpeed[];
  topKmh: number | null;
  /** An article's date of publication (YYYY-MM-DD). */
  published: (article: string) => string | undefined;
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
      /** What the figure is by the claim's kind: straight line, track or road, or not said. */
      basis: DistanceBasis;
      reportedKm: number;
      miles: { mi: number; asKm: number; agrees: boolean } | null;
      straightKm: number;
      rail: StretchFigure | null;
      comparisons: Comparison[];
      closest: 'straight' | 'rail' | 'neither';
      /**
       * Shorter than the straight line even at the top of its rounding (by more than the `holds`
       * margin, for a straight-line or unstated figure).
       */
      belowStraight: boolean;
      /** The figure's own rounding, in km: "about 60km" covers 55–65 km. */
      rounding: number;
    }
  | {
      check: 'direction';
      bearing: number;
      /** The nearest point of the 16-point compass, for the words. */
      compass: CompassPoint;
      claimed: CompassPoint;
      degreesOff: number;
      /** The compass the article used, and the sector of it the bearing lies in. */
      points: 8 | 16;
      sector: CompassPoint;
      sectorsOff: number;
    }
  | { check: 'circuitous'; straightKm: number; railKm: number; ratio: number }
  | {
      check: 'duration';
      /**
       * The stretch: by rail where there is track all the way; else along the route's stops (the
       * straight line between consecutive stops where there is no track); else, for places off
       * the route, the straight line between them.
       */
      km: number;
      basis: 'rail' | 'stops' | 'straight';
      /** The reported time in hours, or null when the article gives none. */
      reportedHours: number | null;
      /** The time at each speed it is set against (the reported ones, else the chosen one). */
      times: { kmh: number; hours: number; by: string }[];
      hours: number;
      speedKmh: number;
    }
  | {
      check: 'speed';
      reportedKmh: number;
      /** The figure's own rounding, in km/h: "about 50" covers 45–55 km/h. */
      rounding: number;
      bounds: SpeedBounds;
      against: 'below' | 'within' | 'above';
      /** Other articles' speeds that differ from this one by more than either's rounding. */
      disagrees: ReportedSpeed[];
    }
  | {
      check: 'elapsed';
      since: string;
      until: string;
      /** Years between the two days, and the figure the article gives. */
      years: number;
      reportedYears: number;
    }
  | {
      check: 'first-since';
      /** The day of the last such trip before this one, and of the event the claim counts from. */
      last: string;
      event: string;
      /** Days from the last trip to the event (positive: the trip came first). */
      daysBefore: number;
    }
  | {
      check: 'timeline';
      event: PropagatedWindow;
      /** The most demanding pair of places this time belongs to (null when it stands alone). */
      demand: Demand | null;
      /** Hours the binding pair takes at the chosen speed. */
      hours: number | null;
      speedKmh: number;
      /** The fastest the articles' speeds may be read, their rounding allowed (null: none given). */
      topKmh: number | null;
      /** Why the time is impossible, if it is: no moment left, or no time at all between two. */
      impossible: 'no window' | 'no time' | null;
      /** It needs a train faster than any speed reported for it: it does not hold. */
      tooFast: boolean;
      /** Ruled out only by a part of day's edge, and possible read loosely: loose. */
      soft: boolean;
      /** For a forecast: the whole journey's least speed with it and without it. */
      forecast: { with: Demand | null; without: Demand | null } | null;
    }
  | { check: 'none'; reason: string };

/** What the outcomes (facts established after the articles) say of a claim. */
export type Settlement =
  | {
      by: 'speed';
      /** The least and greatest average the outcomes allow on their most demanding stretch. */
      least: Demand;
      greatest: Greatest | null;
      verdict: Verdict;
    }
  | {
      by: 'time';
      /** When the outcomes have the train at the claim's place, and the outcomes that say so. */
      start: number;
      end: number;
      startBy: string | null;
      endBy: string | null;
      outcomes: string[];
      /** The fixed time that bounds it, where the run to (or from) one does (fixed-points.ts). */
      fixed: FixedBound | null;
      verdict: Verdict;
    };

export type ClaimResult = ClaimCheck & {
  claim: Claim;
  verdict: Verdict;
  /** What happened next, where the story's outcomes settle the claim (else null). */
  happened: Settlement | null;
};

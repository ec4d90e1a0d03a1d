import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { Outcome } from '../data/outcomes-schema';
import type { Article } from '../data/schema';
import type { ClaimResult, ReportedSpeed } from './claim-types';
import type { HappenedReplay } from './happened-replay';
import type { SpeedPreset } from './presets';
import type { RailNetwork } from './rail';
import type { ReplayBase } from './replay';
import type { LegFigure, RouteFigures } from './route-figures';
import type { SpeedBounds } from './speed-bounds';
import type { Timeline, TimelineAssumptions } from './timeline';

export interface JourneyInputs {
  net: RailNetwork;
  claims: Claim[];
  articles: Article[];
  /** Facts established after the articles (none: the story reads as the articles have it). */
  outcomes: Outcome[];
  /** Network nodes in travel order. */
  stops: readonly string[];
  /** Stretches of an approximate chain whose measured length is set against the railway's figure. */
  chainChecks: readonly (readonly [string, string])[];
  /** Places the first view frames. */
  frame: readonly string[];
  assumptions: TimelineAssumptions;
  position: (place: string) => Position | undefined;
  /** Short name of an article, for the claim labels. */
  articleShort: (id: string) => string;
  /** The places the replay names ("near …"): the story's places and its stops. */
  placeIds: string[];
  /** Reported stops that hold the train. */
  dwells: { place: string; hours: number }[];
}

export interface ChainCheck {
  from: string;
  to: string;
  measuredKm: number;
  km: number;
  /** How far the chain's measured length falls short of the railway's figure (0.12 = 12%). */
  shortfall: number;
}

/** What does not depend on the reader's choices: computed once at start. */
export interface JourneyBase {
  route: RouteFigures;
  legs: (LegFigure & { straightKm: number | null })[];
  /** The whole route: the railway's figure, as measured on the map, and the straight line. */
  whole: { km: number; measuredKm: number; straightKm: number | null };
  timeline: Timeline;
  /** The timeline with forecasts left out. */
  reportsOnly: Timeline;
  /** The timeline with the parts of day's soft ends widened. */
  relaxed: Timeline;
  /** The average speeds the reported days allow on the stretch that demands the most. */
  bounds: SpeedBounds;
  /** What happened (the outcomes' timeline) and the speeds it allows; null without outcomes. */
  happened: { timeline: Timeline; bounds: SpeedBounds; replay: HappenedReplay | null } | null;
  /** The speeds the articles report, with their articles; the fastest of them. */
  presets: SpeedPreset[];
  speeds: ReportedSpeed[];
  topKmh: number | null;
  /** Each timeline stretch at each reported speed. */
  presetTimes: { hours: number; fits: boolean }[][];
  chains: ChainCheck[];
  /** The first view's bounds [w, s, e, n], or null when its places are missing. */
  frame: [number, number, number, number] | null;
  /** Each dated place's time zone (IANA), for the times the page shows. */
  zones: Record<string, string>;
  /** The replay: the route as one line, the reported windows, the departure. */
  replay: ReplayBase;
}

/** Everything the panel and the map show for one speed. */
export interface JourneyView extends JourneyBase {
  speedKmh: number;
  /** Each claim's check, with what happened where the outcomes settle it. */
  claims: ClaimResult[];
  legHours: number[];
  wholeHours: number;
  timelineAt: { hours: number; fits: boolean }[];
}

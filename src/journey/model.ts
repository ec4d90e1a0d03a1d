import { bbox } from '@turf/bbox';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { Article } from '../data/schema';
import type { Choices } from './choices';
import { claimLines } from './claim-lines';
import { type ClaimResult, evaluateClaims } from './claims';
import { fromMiles, straightKm } from './distance';
import { type SpeedPreset, speedPresets } from './presets';
import type { RailNetwork } from './rail';
import {
  type ReplayBase,
  type ReplayFrame,
  replayBase,
  replayFrame,
  replayLines,
  replaySchedule,
  replaySpan,
} from './replay';
import {
  type LegFigure,
  onRoute,
  type RouteFigures,
  railwayKm,
  routeFigures,
  stretchOn,
  trackedKm,
} from './route-figures';
import type { Schedule } from './schedule';
import { buildTimeline, stretchAtSpeed, type Timeline, type TimelineAssumptions } from './timeline';
import { hoursAt } from './travel-time';

export interface JourneyInputs {
  net: RailNetwork;
  claims: Claim[];
  articles: Article[];
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
  /** The speeds the articles report, with their articles; the fastest of them. */
  presets: SpeedPreset[];
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
  claims: ClaimResult[];
  legHours: number[];
  wholeHours: number;
  timelineAt: { hours: number; fits: boolean }[];
}

/** The speeds the articles report, in km/h. */
export function reportedSpeeds(claims: Claim[]): number[] {
  return claims
    .filter((c) => c.kind === 'speed')
    .map((c) => {
      const kmh = c.reported.figures.find((f) => f.unit === 'km/h')?.value;
      const mph = c.reported.figures.find((f) => f.unit === 'mph')?.value;
      return kmh ?? (mph === undefined ? Number.NaN : fromMiles(mph));
    })
    .filter((v) => Number.isFinite(v));
}

/** Where places lie on the route, and the railway's figure between two of them. */
export function alongRoute(route: RouteFigures, net: RailNetwork) {
  return {
    kmAlong: (p: string) => route.posts[p],
    figure: (a: string, b: string) => railwayKm(route, net, a, b) ?? stretchOn(route, a, a),
  };
}

function chainCheck(i: JourneyInputs, route: RouteFigures, [from, to]: readonly [string, string]) {
  if (!onRoute(route, from) || !onRoute(route, to)) return [];
  const measuredKm = i.net.distance(from, to).km;
  const { km } = stretchOn(route, from, to);
  return [{ from, to, measuredKm, km, shortfall: 1 - measuredKm / km }];
}

function frameOf(i: JourneyInputs): JourneyBase['frame'] {
  const points = i.frame.map(i.position);
  if (points.length === 0 || points.some((p) => !p)) return null;
  return bbox({ type: 'MultiPoint', coordinates: points as Position[] }) as JourneyBase['frame'];
}

export function journeyBase(i: JourneyInputs): JourneyBase {
  const route = routeFigures(i.net, i.stops);
  const straight = (a: string, b: string) => {
    const pa = i.position(a);
    const pb = i.position(b);
    return pa && pb ? straightKm(pa, pb) : null;
  };
  const legs = route.legs.map((l) => ({ ...l, straightKm: straight(l.from, l.to) }));
  const along = alongRoute(route, i.net);
  const timeline = buildTimeline(i.claims, along, { assumptions: i.assumptions });
  const speeds = reportedSpeeds(i.claims);
  const presets = speedPresets(i.claims, i.articles);
  return {
    route,
    legs,
    whole: {
      km: route.whole.km,
      measuredKm: legs.reduce((s, l) => s + l.rail.km, 0),
      straightKm: straight(route.stops[0] ?? '', route.stops.at(-1) ?? ''),
    },
    timeline,
    reportsOnly: buildTimeline(i.claims, along, {
      assumptions: i.assumptions,
      reportsOnly: true,
    }),
    presets,
    topKmh: speeds.length > 0 ? Math.max(...speeds) : null,
    presetTimes: timeline.stretches.map((s) => presets.map((p) => stretchAtSpeed(s, p.kmh))),
    chains: i.chainChecks.flatMap((c) => chainCheck(i, route, c)),
    frame: frameOf(i),
    zones: i.assumptions.timeZones,
    replay: replayBase(
      route,
      i.net.legs,
      timeline,
      i.placeIds,
      i.dwells,
      Math.min(...i.articles.map((a) => Date.parse(`${a.published}T00:00:00Z`)), Date.now()),
    ),
  };
}

/** Re-derives the speed-dependent figures: cheap (a few dozen divisions and the claim checks). */
export function journeyView(i: JourneyInputs, base: JourneyBase, speedKmh: number): JourneyView {
  const legHours = base.legs.map((l) => hoursAt(l.km, speedKmh));
  return {
    ...base,
    speedKmh,
    claims: evaluateClaims(i.claims, {
      position: i.position,
      railway: (a, b) => trackedKm(railwayKm(base.route, i.net, a, b)),
      timeline: base.timeline,
      reportsOnly: base.reportsOnly,
      speedKmh,
      topKmh: base.topKmh,
    }),
    legHours,
    wholeHours: hoursAt(base.whole.km, speedKmh),
    timelineAt: base.timeline.stretches.map((s) => stretchAtSpeed(s, speedKmh)),
  };
}

/** The replay at a moment: the schedule (speed and departure), the frame, the lines to draw. */
export interface ReplayAt {
  schedule: Schedule;
  /** From the departure to the arrival, or to the last reported time when that is later. */
  span: { start: number; end: number };
  frame: ReplayFrame;
  lines: { travelled: Position[]; band: Position[] };
}

export interface Model {
  base: JourneyBase;
  /** Every figure for the reader's choices; the same objects come back while a choice stays. */
  at: (c: Choices) => { view: JourneyView; lines: FeatureCollection<Geometry> };
  /** The replay for a speed, a departure (null: the earliest allowed) and a time (null: start). */
  replay: (c: { speedKmh: number; departure: number | null; time: number | null }) => ReplayAt;
}

/**
 * The one model: the story in, every figure the map and the panel show out. What depends only
 * on the story is computed once; a speed change re-derives the speed's figures, a mode or unit
 * change only the claim lines.
 */
export function createModel(i: JourneyInputs): Model {
  const base = journeyBase(i);
  let view: JourneyView | null = null;
  let lines: { key: string; fc: FeatureCollection<Geometry> } | null = null;
  let schedule: { key: string; s: Schedule } | null = null;
  let frame: { key: string; r: ReplayAt } | null = null; // one frame for clock, map, static map
  return {
    base,
    replay: (c) => {
      const key = `${c.speedKmh}|${c.departure}`;
      if (schedule?.key !== key)
        schedule = { key, s: replaySchedule(base.replay, c.speedKmh, c.departure) };
      const s = schedule.s;
      const at = `${key}|${c.time}`;
      if (frame?.key !== at) {
        const f = replayFrame(base.replay, s, c.time ?? s.departure);
        frame = {
          key: at,
          r: {
            schedule: s,
            span: replaySpan(base.replay, s),
            frame: f,
            lines: replayLines(base.replay, f),
          },
        };
      }
      return frame.r;
    },
    at: (c) => {
      if (view?.speedKmh !== c.speedKmh) view = journeyView(i, base, c.speedKmh);
      const key = `${c.speedKmh}|${c.mode}|${c.units}`;
      if (lines?.key !== key)
        lines = {
          key,
          fc: claimLines(view.claims, i.position, c.mode, c.units, i.articleShort),
        };
      return { view, lines: lines.fc };
    },
  };
}

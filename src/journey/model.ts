import { bbox } from '@turf/bbox';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import type { Choices } from './choices';
import { claimLines } from './claim-lines';
import type { ClaimContext, ReportedSpeed } from './claim-types';
import { evaluateClaims } from './claims';
import { straightKm } from './distance';
import { fixedPoints } from './fixed-points';
import { happenedPoint, happenedReplay } from './happened-replay';
import type { KeptSchedule } from './kept-schedule';
import type { JourneyBase, JourneyInputs, JourneyView } from './model-types';
import { outcomeWindows } from './outcomes';
import { speedPresets } from './presets';
import type { RailNetwork } from './rail';
import {
  type ReplayFrame,
  replayBase,
  replayFrame,
  replayLines,
  replaySchedule,
  replaySpan,
} from './replay';
import {
  onRoute,
  type RouteFigures,
  railwayKm,
  routeFigures,
  stretchOn,
  trackedKm,
} from './route-figures';
import { settle } from './settle';
import { speedBounds } from './speed-bounds';
import { claimKmh, roundingKmh } from './speed-check';
import { type AlongRoute, buildTimeline, stretchAtSpeed, timelineOf } from './timeline';
import { relaxed, reportedWindows } from './timeline-windows';
import { hoursAt } from './travel-time';

export type { ChainCheck, JourneyBase, JourneyInputs, JourneyView } from './model-types';

/** The speeds the articles report, in km/h, with their claims and articles. */
export function reportedSpeeds(
  claims: Claim[],
  short: (article: string) => string,
): ReportedSpeed[] {
  return claims.flatMap((c) => {
    if (c.kind !== 'speed') return [];
    const kmh = claimKmh(c);
    return Number.isFinite(kmh)
      ? [
          {
            kmh,
            rounding: roundingKmh(c),
            claim: c.id,
            article: c.article,
            short: short(c.article),
          },
        ]
      : [];
  });
}

/** Where places lie on the route, and the railway's figure between two of them. */
export function alongRoute(route: RouteFigures, net: RailNetwork): AlongRoute {
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

/** What happened, from the outcomes: their timeline, the speeds it allows, the train on it. */
function happenedOf(i: JourneyInputs, along: AlongRoute): JourneyBase['happened'] {
  const windows = outcomeWindows(i.outcomes, along.kmAlong);
  if (windows.length === 0) return null;
  const timeline = timelineOf(windows, along);
  return { timeline, bounds: speedBounds(timeline), replay: happenedReplay(timeline) };
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
  const opts = { assumptions: i.assumptions };
  const timeline = buildTimeline(i.claims, along, opts);
  const relaxedTimeline = timelineOf(
    relaxed(reportedWindows(i.claims, along.kmAlong, opts)),
    along,
  );
  const speeds = reportedSpeeds(i.claims, i.articleShort);
  const presets = speedPresets(i.claims, i.articles);
  const replay = replayBase(
    route,
    i.net.legs,
    timeline,
    i.placeIds,
    i.dwells,
    Math.min(...i.articles.map((a) => Date.parse(`${a.published}T00:00:00Z`)), Date.now()),
  );
  return {
    route,
    legs,
    whole: {
      km: route.whole.km,
      measuredKm: legs.reduce((s, l) => s + l.rail.km, 0),
      straightKm: straight(route.stops[0] ?? '', route.stops.at(-1) ?? ''),
    },
    timeline,
    reportsOnly: buildTimeline(i.claims, along, { ...opts, reportsOnly: true }),
    relaxed: relaxedTimeline,
    bounds: speedBounds(timeline),
    happened: happenedOf(i, along),
    presets,
    speeds,
    topKmh: speeds.length > 0 ? Math.max(...speeds.map((s) => s.kmh)) : null,
    presetTimes: timeline.stretches.map((s) => presets.map((p) => stretchAtSpeed(s, p.kmh))),
    chains: i.chainChecks.flatMap((c) => chainCheck(i, route, c)),
    frame: frameOf(i),
    zones: i.assumptions.timeZones,
    replay,
  };
}

/** What the claims are checked against, at a speed. */
export function claimContext(i: JourneyInputs, base: JourneyBase, speedKmh: number): ClaimContext {
  return {
    position: i.position,
    // A claim is set against the track only where the story has track: a great circle
    // standing in for none (route-legs.ts) is no rail figure.
    railway: (a, b) => trackedKm(railwayKm(base.route, i.net, a, b)),
    alongStops: (a, b) =>
      onRoute(base.route, a) && onRoute(base.route, b) ? stretchOn(base.route, a, b) : null,
    timeline: base.timeline,
    reportsOnly: base.reportsOnly,
    relaxed: base.relaxed,
    bounds: base.bounds,
    speedKmh,
    speeds: base.speeds,
    topKmh: base.topKmh,
    published: (id) => i.articles.find((a) => a.id === id)?.published,
  };
}

/** Re-derives the speed-dependent figures: cheap (a few dozen divisions and the claim checks). */
export function journeyView(i: JourneyInputs, base: JourneyBase, speedKmh: number): JourneyView {
  const legHours = base.legs.map((l) => hoursAt(l.km, speedKmh));
  const results = evaluateClaims(i.claims, claimContext(i, base, speedKmh));
  return {
    ...base,
    speedKmh,
    claims: settle(
      results,
      base.happened?.timeline ?? null,
      (p) => base.route.posts[p],
      i.assumptions,
      i.stops,
      fixedPoints(i.outcomes, (p) => base.route.posts[p]),
    ),
    legHours,
    wholeHours: hoursAt(base.whole.km, speedKmh),
    timelineAt: base.timeline.stretches.map((s) => stretchAtSpeed(s, speedKmh)),
  };
}

/** The replay at a moment: the schedule (speed and departure), the frame, the lines to draw. */
export interface ReplayAt {
  schedule: KeptSchedule;
  /** From the departure to the arrival, or to the last reported time when that is later. */
  span: { start: number; end: number };
  frame: ReplayFrame;
  lines: { travelled: Position[]; band: Position[] };
  /** The train as it happened at this moment (null: no outcomes fix it yet). */
  happened: { km: number; point: Position } | null;
}

export interface Model {
  base: JourneyBase;
  /** Every figure for the reader's choices; the same objects come back while a choice stays. */
  at: (c: Choices) => { view: JourneyView; lines: FeatureCollection<Geometry> };
  /** The replay for a speed, a departure (null: the one that keeps the reported times) and a time (null: start). */
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
  let schedule: { key: string; s: KeptSchedule } | null = null;
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
            happened: base.happened?.replay
              ? happenedPoint(base.happened.replay, base.replay.line, f.t)
              : null,
          },
        };
      }
      return frame.r;
    },
    at: (c) => {
      if (view?.speedKmh !== c.speedKmh) view = journeyView(i, base, c.speedKmh);
      const hindsight = c.hindsight === true;
      const key = `${c.speedKmh}|${c.mode}|${c.units}|${hindsight}`;
      if (lines?.key !== key)
        lines = {
          key,
          fc: claimLines(view.claims, i.position, c, i.articleShort),
        };
      return { view, lines: lines.fc };
    },
  };
}

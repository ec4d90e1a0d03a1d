import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import { type ClaimResult, evaluateClaims } from './claims';
import { fromMiles, straightKm } from './distance';
import type { RailNetwork } from './rail';
import {
  type LegFigure,
  onRoute,
  type RouteFigures,
  railwayKm,
  routeFigures,
  stretchOn,
} from './route-figures';
import { buildTimeline, stretchAtSpeed, type Timeline } from './timeline';
import { hoursAt } from './travel-time';

export interface JourneyInputs {
  net: RailNetwork;
  claims: Claim[];
  stops: readonly string[];
  /** A stretch of an approximate chain whose measured length is set against the railway's figure. */
  chainCheck?: readonly [string, string];
  position: (place: string) => Position | undefined;
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
  /** The fastest speed any article reports for the train (null when none does). */
  topKmh: number | null;
  /** How far the chain's measured length falls short of the railway's figure (0.12 = 12%). */
  chain: { from: string; to: string; measuredKm: number; km: number; shortfall: number } | null;
}

/** Everything the panel and the map show for one speed. */
export interface JourneyView extends JourneyBase {
  speedKmh: number;
  claims: ClaimResult[];
  legHours: number[];
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

export function journeyBase(i: JourneyInputs): JourneyBase {
  const route = routeFigures(i.net, i.stops);
  const straight = (a: string, b: string) => {
    const pa = i.position(a);
    const pb = i.position(b);
    return pa && pb ? straightKm(pa, pb) : null;
  };
  const legs = route.legs.map((l) => ({ ...l, straightKm: straight(l.from, l.to) }));
  const first = route.stops[0] ?? '';
  const last = route.stops.at(-1) ?? '';
  const timelineRoute = alongRoute(route, i.net);
  const speeds = reportedSpeeds(i.claims);
  return {
    route,
    legs,
    whole: {
      km: route.whole.km,
      measuredKm: legs.reduce((s, l) => s + l.rail.km, 0),
      straightKm: straight(first, last),
    },
    timeline: buildTimeline(i.claims, timelineRoute),
    reportsOnly: buildTimeline(i.claims, timelineRoute, { reportsOnly: true }),
    topKmh: speeds.length > 0 ? Math.max(...speeds) : null,
    chain: chainCheck(i, route),
  };
}

function chainCheck(i: JourneyInputs, route: RouteFigures): JourneyBase['chain'] {
  const [from, to] = i.chainCheck ?? [];
  if (!from || !to || !onRoute(route, from) || !onRoute(route, to)) return null;
  const measuredKm = i.net.distance(from, to).km;
  const { km } = stretchOn(route, from, to);
  return { from, to, measuredKm, km, shortfall: 1 - measuredKm / km };
}

/** Re-derives the speed-dependent figures: cheap (a few dozen divisions and the claim checks). */
export function journeyView(i: JourneyInputs, base: JourneyBase, speedKmh: number): JourneyView {
  return {
    ...base,
    speedKmh,
    claims: evaluateClaims(i.claims, {
      position: i.position,
      railway: (a, b) => railwayKm(base.route, i.net, a, b),
      timeline: base.timeline,
      reportsOnly: base.reportsOnly,
      speedKmh,
      topKmh: base.topKmh,
    }),
    legHours: base.legs.map((l) => hoursAt(l.km, speedKmh)),
    timelineAt: base.timeline.stretches.map((s) => stretchAtSpeed(s, speedKmh)),
  };
}

import type { Position } from 'geojson';
import type { Claim } from '../data/claims-schema';
import { type ClaimResult, evaluateClaims } from './claims';
import { straightKm } from './distance';
import { type JourneyLeg, journeyLegs } from './legs';
import type { RailNetwork } from './rail';
import {
  stretchAtSpeed,
  type TimelineStretch,
  timelineEvents,
  timelineStretches,
} from './timeline';
import { hoursAt } from './travel-time';

export interface JourneyInputs {
  net: RailNetwork;
  claims: Claim[];
  stops: readonly string[];
  origin: string;
  position: (place: string) => Position | undefined;
}

/** What does not depend on the reader's choices: computed once at start. */
export interface JourneyBase {
  legs: (JourneyLeg & { straightKm: number | null })[];
  timeline: TimelineStretch[];
}

/** Everything the panel and the map show for one speed. */
export interface JourneyView extends JourneyBase {
  speedKmh: number;
  claims: ClaimResult[];
  legHours: number[];
  timelineAt: { hours: number; fits: boolean }[];
}

export function journeyBase(i: JourneyInputs): JourneyBase {
  const legs = journeyLegs(i.net, i.stops).map((l) => {
    const a = i.position(l.from);
    const b = i.position(l.to);
    return { ...l, straightKm: a && b ? straightKm(a, b) : null };
  });
  return { legs, timeline: timelineStretches(timelineEvents(i.claims), i.net, i.origin) };
}

/** Re-derives the speed-dependent figures: cheap (a few dozen divisions and the claim checks). */
export function journeyView(i: JourneyInputs, base: JourneyBase, speedKmh: number): JourneyView {
  return {
    ...base,
    speedKmh,
    claims: evaluateClaims(i.claims, {
      position: i.position,
      net: i.net,
      timeline: base.timeline,
      speedKmh,
    }),
    legHours: base.legs.map((l) => hoursAt(l.rail.published?.km ?? l.rail.km, speedKmh)),
    timelineAt: base.timeline.map((s) => stretchAtSpeed(s, speedKmh)),
  };
}

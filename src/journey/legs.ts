import type { RailDistance, RailNetwork } from './rail';

export interface JourneyLeg {
  from: string;
  to: string;
  rail: RailDistance;
}

/** The journey between consecutive stops, each measured along the track. */
export function journeyLegs(net: RailNetwork, stops: readonly string[]): JourneyLeg[] {
  const legs: JourneyLeg[] = [];
  for (let i = 1; i < stops.length; i++) {
    const from = stops[i - 1] as string;
    const to = stops[i] as string;
    if (net.hasNode(from) && net.hasNode(to)) legs.push({ from, to, rail: net.distance(from, to) });
  }
  return legs;
}

/**
 * How far a chain of straight segments falls short of the railway's figure, as a share of it
 * (0.12 = measures 12% short), for a stretch that has a published figure.
 */
export function shortfall(rail: RailDistance): number | null {
  return rail.published ? 1 - rail.km / rail.published.km : null;
}

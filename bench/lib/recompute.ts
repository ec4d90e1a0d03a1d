import { readFileSync } from 'node:fs';
import type { Claim } from '../../src/data/claims-schema';
import type { Place, RailLeg, Station, Stretch } from '../../src/data/schema';
import { journeyBase, journeyView } from '../../src/journey/derive';
import { RailNetwork } from '../../src/journey/rail';
import { CHAIN_CHECK, JOURNEY_STOPS } from '../../src/journey/stops';
import { claimLines } from '../../src/map/claim-lines';
import { timeMedian } from './stats';

const read = (f: string) => JSON.parse(readFileSync(`geo/${f}`, 'utf8'));

/** The journey inputs from the committed geo/ data, as the page builds them. */
export function journeyInputs() {
  const places = read('places.geojson').features as Place[];
  const stations = read('stations.geojson').features as Station[];
  const position = (id: string) =>
    places.find((p) => p.properties.id === id)?.geometry.coordinates ??
    stations.find((s) => s.properties.id === id)?.geometry.coordinates;
  const net = new RailNetwork(
    read('rail.geojson').features as RailLeg[],
    read('published.json').stretches as Stretch[],
  );
  return {
    net,
    claims: read('claims.json').claims as Claim[],
    stops: JOURNEY_STOPS,
    chainCheck: CHAIN_CHECK,
    position,
  };
}

/**
 * What a reader's change costs: a speed change re-derives every speed-dependent figure; a mode
 * switch rebuilds the claim lines' labels. Also the first computation, done once at start.
 */
export function recomputeTimings() {
  const inputs = journeyInputs();
  const base = journeyBase(inputs);
  let speed = 50;
  const view = journeyView(inputs, base, 50);
  let mode: 'reported' | 'computed' = 'reported';
  return {
    first: timeMedian(() => journeyBase(inputs), 50, 5),
    speed: timeMedian(() => {
      speed = speed === 50 ? 59 : 50;
      return journeyView(inputs, base, speed);
    }),
    mode: timeMedian(() => {
      mode = mode === 'reported' ? 'computed' : 'reported';
      return claimLines(view.claims, inputs.position, mode, 'km', (id) => id);
    }),
  };
}

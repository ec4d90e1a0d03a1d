import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import type { Claim } from '../../../src/data/claims-schema';
import type { Article, Place, RailLeg, Stretch } from '../../../src/data/schema';
import { journeyBase, journeyView } from '../../../src/journey/derive';
import { RailNetwork } from '../../../src/journey/rail';
import { CHAIN_CHECK, JOURNEY_STOPS } from '../../../src/journey/stops';
import { claimLines } from '../../../src/map/claim-lines';
import type { Mode } from '../../../src/state/url-state';
import type { Units } from '../../../src/ui/format';

/** The committed geo/ data the journey fixtures run against. */
const read = (f: string) => JSON.parse(readFileSync(`geo/${f}`, 'utf8'));
export const net = new RailNetwork(
  read('rail.geojson').features as RailLeg[],
  read('published.json').stretches as Stretch[],
);
export const claims = read('claims.json').claims as Claim[];
const places = read('places.geojson').features as Place[];
export const position = (id: string): Position | undefined =>
  places.find((p) => p.properties.id === id)?.geometry.coordinates;

/** A rail distance reduced to what a golden file should pin. */
export const railSummary = (r: {
  km: number;
  accuracy: string;
  nodes: string[];
  published: { km: number; complete: boolean } | null;
}) => ({
  km: r.km,
  accuracy: r.accuracy,
  nodes: r.nodes,
  publishedKm: r.published?.km ?? null,
  publishedComplete: r.published?.complete ?? null,
});

/** The journey's inputs, as the page builds them. */
export const inputs = { net, claims, stops: JOURNEY_STOPS, chainCheck: CHAIN_CHECK, position };

/** The claim lines and label points the map draws, for one mode and unit. */
export function mapClaimLines(mode: Mode, units: Units): FeatureCollection {
  const articles = read('articles.json').articles as Article[];
  const short = (id: string) => articles.find((a) => a.id === id)?.short ?? id;
  const view = journeyView(inputs, journeyBase(inputs), 50);
  return claimLines(view.claims, position, mode, units, short);
}

import { readFileSync } from 'node:fs';
import type { Position } from 'geojson';
import type { Claim } from '../../../src/data/claims-schema';
import type { Place, RailLeg, Stretch } from '../../../src/data/schema';
import { RailNetwork } from '../../../src/journey/rail';

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

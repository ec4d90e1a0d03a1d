/**
 * The places behind a real article's score, by name: the labelled places the draft did not find
 * and the drafted places that match no label (the same one-to-one, 30 km rule as the score).
 * Measurement only, for `bench/draft.ts --misses`.
 */
import type { Place } from '../../src/data/schema.ts';
import { straightKm } from '../../src/journey/distance.ts';
import { SAME_PLACE_KM } from './draft-score.ts';

type At = [number, number];

export interface PlaceMisses {
  /** Labelled places the draft did not find. */
  missed: string[];
  /** Drafted places (not borders) that match no labelled place, with their kind. */
  wrong: string[];
}

const near = (a: At, b: At) => straightKm(a, b) <= SAME_PLACE_KM;

/** One-to-one in order, as the score matches: the indexes of `a` that found no partner in `b`. */
function unmatched<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): number[] {
  const used = new Set<number>();
  const alone: number[] = [];
  a.forEach((x, j) => {
    const k = b.findIndex((y, i) => !used.has(i) && same(x, y));
    if (k >= 0) used.add(k);
    else alone.push(j);
  });
  return alone;
}

/** What a draft missed and what it wrote wrong, against the article's labelled places. */
export function placeMisses(labelled: [string, number, number][], places: Place[]): PlaceMisses {
  const drafted = places.filter((p) => p.properties.kind !== 'border');
  const labelAt = labelled.map(([, lon, lat]) => [lon, lat] as At);
  const draftAt = drafted.map((p) => p.geometry.coordinates as At);
  return {
    missed: unmatched(labelAt, draftAt, near).map((i) => labelled[i]?.[0] ?? ''),
    wrong: unmatched(draftAt, labelAt, near).map((i) => {
      const p = drafted[i] as Place;
      return `${p.properties.name} (${p.properties.kind})`;
    }),
  };
}

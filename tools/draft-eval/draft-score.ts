import type { Claim } from '../../src/data/claims-schema.ts';
import type { Place } from '../../src/data/schema.ts';
import { FAMILY } from '../../src/draft/draft.ts';
import { straightKm } from '../../src/journey/distance.ts';

type At = [number, number];

/** A claim as the score reads it: its family, figure, direction, day and places. */
export interface ScoredClaim {
  family: string;
  value?: number;
  unit?: string;
  direction?: string;
  day?: string;
  places: At[];
  /** An expected claim whose places are not given: any places match. */
  anyPlaces?: boolean;
}

export interface Expected {
  places: At[];
  claims: ScoredClaim[];
}

export interface Tally {
  expected: number;
  drafted: number;
  /** Expected items the draft found. */
  found: number;
  /** Drafted items that match one expected. */
  right: number;
}

export interface Score {
  places: Tally;
  claims: Tally;
  quotes: { verbatim: number; total: number };
  /** The claims the score did not match, one line each (see claimMisses). */
  misses?: { missed: string[]; wrong: string[] };
}

/** Within this distance two points are the same place (the rule). */
export const SAME_PLACE_KM = 30;
/** Two figures this close are the same figure. */
export const SAME_FIGURE = 0.005;

export { FAMILY };

const near = (a: At, b: At) => straightKm(a, b) <= SAME_PLACE_KM;

/** Whether a drafted claim says what an expected one says. */
export function sameClaim(x: ScoredClaim, y: ScoredClaim): boolean {
  if (x.family !== y.family) return false;
  if (y.value !== undefined) {
    if (x.unit !== y.unit || x.value === undefined) return false;
    if (Math.abs(x.value - y.value) > SAME_FIGURE * Math.abs(y.value)) return false;
  }
  if ((y.direction ?? null) !== (x.direction ?? null)) return false;
  if ((y.day ?? null) !== (x.day ?? null)) return false;
  if (y.anyPlaces) return true;
  if (x.places.length !== y.places.length) return false;
  if (x.places.every((p, i) => near(p, y.places[i] as At))) return true;
  // A distance, a speed or a duration is the same between A and B as between B and A.
  return (
    x.family !== 'direction' &&
    x.places.length === 2 &&
    near(x.places[0] as At, y.places[1] as At) &&
    near(x.places[1] as At, y.places[0] as At)
  );
}

/**
 * One-to-one matches, as many as there can be (augmenting paths): how many of `a` found a partner
 * in `b`. A greedy match in order undercounts: a drafted Cannes taken by the label "Nice-Ville",
 * 27 km away, leaves the label "Cannes" unmatched though each has a partner of its own.
 */
function match<A, B>(a: A[], b: B[], same: (x: A, y: B) => boolean): number {
  const partner = new Array<number>(b.length).fill(-1);
  const edges = a.map((x) => b.flatMap((y, j) => (same(x, y) ? [j] : [])));
  const take = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (partner[j] === -1 || take(partner[j] as number, seen)) {
        partner[j] = i;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let i = 0; i < a.length; i++) if (take(i, new Set())) n++;
  return n;
}

/** A claim of the story format as the score reads it, its places' coordinates from `at`. */
export function scoredClaim(
  c: Claim,
  at: (id: string) => At | undefined,
  unit?: string,
): ScoredClaim {
  const fig = c.reported.figures.find((f) => f.unit === unit) ?? c.reported.figures[0];
  return {
    family: FAMILY[c.kind],
    ...(fig ? { value: fig.value, unit: fig.unit } : {}),
    ...(c.reported.direction ? { direction: c.reported.direction } : {}),
    ...(c.reported.day ? { day: c.reported.day } : {}),
    places: c.places.map(at).filter((p): p is At => !!p),
  };
}

/**
 * Whether a claim has what the score counts: a figure, a direction or a day, in a family the
 * draft looks for (distances, directions, speeds, durations, days; a span of years, `elapsed`,
 * is left to the editor: "four years since" must not be read as a figure of the journey).
 */
export const counted = (c: Claim): boolean =>
  c.kind !== 'elapsed' &&
  (c.reported.figures.length > 0 || c.reported.direction !== null || c.reported.day !== null);

/**
 * Recall and precision of one article's draft against what it should have found: places within
 * 30 km, claims of the same family with the same figure (0.5%), direction, day and places; and
 * how many quotes are verbatim parts of the article.
 */
export function scoreDraft(
  expected: Expected,
  draft: { places: Place[]; claims: Claim[]; quotes: string[] },
  article: string,
): Score {
  const at = new Map(draft.places.map((p) => [p.properties.id, p.geometry.coordinates as At]));
  const places = draft.places
    .filter((p) => p.properties.kind !== 'border')
    .map((p) => p.geometry.coordinates as At);
  const claims = draft.claims.filter(counted);
  const units = (c: Claim) =>
    expected.claims.find(
      (e) =>
        e.family === FAMILY[c.kind] && e.unit && c.reported.figures.some((f) => f.unit === e.unit),
    )?.unit;
  const scored = claims.map((c) => scoredClaim(c, (id) => at.get(id), units(c)));
  return {
    places: {
      expected: expected.places.length,
      drafted: places.length,
      found: match(expected.places, places, near),
      right: match(places, expected.places, near),
    },
    claims: {
      expected: expected.claims.length,
      drafted: scored.length,
      found: match(expected.claims, scored, (e, d) => sameClaim(d, e)),
      right: match(scored, expected.claims, sameClaim),
    },
    quotes: {
      verbatim: draft.quotes.filter((q) => article.includes(q)).length,
      total: draft.quotes.length,
    },
    misses: claimMisses(
      expected.claims,
      scored.map((claim, i) => ({ claim, quote: claims[i]?.quote ?? '' })),
    ),
  };
}

/** Sums of several articles' scores. */
export function addScores(scores: Score[]): Score {
  const z = (): Tally => ({ expected: 0, drafted: 0, found: 0, right: 0 });
  const out: Score = { places: z(), claims: z(), quotes: { verbatim: 0, total: 0 } };
  for (const s of scores) {
    for (const k of ['places', 'claims'] as const)
      for (const f of ['expected', 'drafted', 'found', 'right'] as const) out[k][f] += s[k][f];
    out.quotes.verbatim += s.quotes.verbatim;
    out.quotes.total += s.quotes.total;
  }
  return out;
}

export const recall = (t: Tally): number => (t.expected ? t.found / t.expected : 1);
export const precision = (t: Tally): number => (t.drafted ? t.right / t.drafted : 1);

/** A claim as one line: family, figure, direction, day and places. */
const line = (c: ScoredClaim, quote?: string) =>
  [
    c.family,
    c.value !== undefined ? `${+c.value.toFixed(3)} ${c.unit}` : '',
    c.direction ?? '',
    c.day ?? '',
    c.anyPlaces ? '' : c.places.map((p) => `@${p[0].toFixed(2)},${p[1].toFixed(2)}`).join('–'),
    quote ? `“${quote.slice(0, 90)}”` : '',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * What the score did not match, one line each (`bench:draft --misses`): the expected claims the
 * draft missed and the drafted claims that match none expected, with their quotes.
 */
export function claimMisses(
  expected: ScoredClaim[],
  drafted: { claim: ScoredClaim; quote: string }[],
): { missed: string[]; wrong: string[] } {
  const usedD = new Set<number>();
  const usedE = new Set<number>();
  expected.forEach((e, i) => {
    const k = drafted.findIndex((d, j) => !usedD.has(j) && sameClaim(d.claim, e));
    if (k >= 0) {
      usedD.add(k);
      usedE.add(i);
    }
  });
  return {
    missed: expected.filter((_, i) => !usedE.has(i)).map((e) => line(e)),
    wrong: drafted.filter((_, j) => !usedD.has(j)).map((d) => line(d.claim, d.quote)),
  };
}

/**
 * Scores story:draft on the shared folder's real articles (`../shared/articles/real/`, labelled by
 * hand in its `labels.json`): each article drafted alone, as a user would, against its labels.
 * Measurement only: nothing in the repository's tests or tools a user runs reads that folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../../src/data/claims-schema.ts';
import type { Place } from '../../src/data/schema.ts';
import { draftStory } from '../../src/draft/draft.ts';
import type { Gazetteer } from '../../src/draft/gazetteer.ts';
import { counted, type Expected, type Score, type ScoredClaim, scoreDraft } from './draft-score.ts';
import { type PlaceMisses, placeMisses } from './misses.ts';

export const REAL = '../shared/articles/real';

type At = [number, number];
interface LabelClaim {
  family: string;
  value?: number;
  unit?: string;
  direction?: string;
  day?: string;
  place?: string;
  places?: string[];
}
interface Labels {
  [file: string]: { published: string; places: [string, number, number][]; claims: LabelClaim[] };
}

export interface RealScore {
  article: string;
  /** The draft's one-line refusal, when it wrote nothing. */
  refused: string | null;
  score: Score;
  seconds: number;
  /** The draft's files, to hand to story:check. */
  files: Record<string, string> | null;
  /** The labelled places the draft missed and the drafted places that match none. */
  misses: PlaceMisses;
}

/** Durations in hours (labels give days and minutes, the draft hours or minutes). */
const hours = (value: number, unit: string) =>
  unit === 'd' ? value * 24 : unit === 'min' ? value / 60 : value;

/**
 * A label's direction as the story format writes it: "north" is "N", "south-east" "SE" (the
 * labels spell the words, the draft the compass points).
 */
function compassPoint(direction: string): string {
  const w = direction.toLowerCase().replace(/[\s_]+/g, '-');
  const letter: Record<string, string> = { north: 'N', south: 'S', east: 'E', west: 'W' };
  const parts = w.split('-').map((x) => letter[x]);
  return parts.every(Boolean) ? parts.join('') : direction;
}

/** A label as the score reads it: its family as the draft names it, durations in hours. */
function expectedClaim(c: LabelClaim, at: (name: string) => At | undefined): ScoredClaim {
  const family = c.family === 'datetime' ? 'day' : c.family;
  const names = c.places ?? (c.place ? [c.place] : []);
  const isDuration = family === 'duration' && c.value !== undefined && c.unit;
  return {
    family,
    ...(c.value !== undefined
      ? isDuration
        ? { value: hours(c.value, c.unit ?? 'h'), unit: 'h' }
        : { value: c.value, unit: c.unit }
      : {}),
    ...(c.direction ? { direction: compassPoint(c.direction) } : {}),
    ...(c.day ? { day: c.day } : {}),
    places: names.map(at).filter((p): p is At => !!p),
    // A label names places only when the claim's own phrase names both ends: without them, any.
    anyPlaces: names.length === 0,
  };
}

/** The draft's durations in hours too, so that "3 hours 47 minutes" meets 3.783 h. */
function inHours(c: Claim): Claim {
  if (c.kind !== 'duration') return c;
  return {
    ...c,
    reported: {
      ...c.reported,
      figures: c.reported.figures.map((f) => ({ ...f, value: hours(f.value, f.unit), unit: 'h' })),
    },
  } as Claim;
}

/** Each real article drafted alone and scored against its labels. */
export function realScores(g: Gazetteer, dir = REAL): RealScore[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  return Object.entries(labels)
    .filter(([file]) => file !== '_')
    .map(([file, l]) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const where = new Map(l.places.map(([n, lon, lat]) => [n, [lon, lat] as At]));
      const expected: Expected = {
        places: l.places.map(([, lon, lat]) => [lon, lat] as At),
        claims: l.claims.map((c) => expectedClaim(c, (n) => where.get(n))),
      };
      const t0 = performance.now();
      let places: Place[] = [];
      let claims: Claim[] = [];
      let refused: string | null = null;
      let files: Record<string, string> | null = null;
      try {
        files = draftStory([{ file, text, published: l.published }], g).files;
        places = (JSON.parse(files['places.geojson'] ?? '{}') as { features: Place[] }).features;
        claims = (JSON.parse(files['claims.json'] ?? '{}') as { claims: Claim[] }).claims;
      } catch (e) {
        refused = e instanceof Error ? e.message : String(e);
      }
      const seconds = (performance.now() - t0) / 1000;
      const quotes = [
        ...claims.map((c) => c.quote),
        ...places.flatMap((p) => p.properties.mentions.map((m) => m.quote)),
      ];
      const score = scoreDraft(
        expected,
        { places, claims: claims.filter(counted).map(inHours), quotes },
        text,
      );
      return {
        article: file,
        refused,
        score,
        seconds,
        files,
        misses: placeMisses(l.places, places),
      };
    });
}

import type { Claim } from '../data/claims-schema';
import type { ArticleFigures } from './claim-sink';
import { days } from './figures/days';
import { directions } from './figures/directions';
import { distances } from './figures/distances';
import { durations } from './figures/durations';
import { speeds } from './figures/speeds';
import type { Tokens } from './text';

/** The family of each claim kind (the measure compares claims by family). */
export const FAMILY_OF: Record<Claim['kind'], string> = {
  'straight-distance': 'distance',
  'rail-distance': 'distance',
  'road-distance': 'distance',
  'unstated-distance': 'distance',
  direction: 'direction',
  speed: 'speed',
  datetime: 'day',
  duration: 'duration',
  elapsed: 'elapsed',
};

/**
 * The figure families the draft reads, registered in one list: each finds its figures in an
 * article's tokens (days against the publication date). A new family is one more entry here,
 * its finder in figures/ and its claims in claims.ts.
 */
export const FIGURE_FAMILIES = {
  distances: (t: Tokens) => distances(t),
  speeds: (t: Tokens) => speeds(t),
  durations: (t: Tokens) => durations(t),
  directions: (t: Tokens) => directions(t),
  days: (t: Tokens, published: string) => days(t, published),
} satisfies { [K in keyof ArticleFigures]: (t: Tokens, published: string) => ArticleFigures[K] };

/** Every figure of every family in an article. */
export function findFigures(t: Tokens, published: string): ArticleFigures {
  const out = {} as Record<string, unknown>;
  for (const [name, find] of Object.entries(FIGURE_FAMILIES)) out[name] = find(t, published);
  return out as unknown as ArticleFigures;
}

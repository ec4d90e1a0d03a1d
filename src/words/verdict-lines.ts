import type { Verdict } from '../journey/verdict';

/**
 * Each verdict in one line, as docs/verdicts.md puts it: the one place the page, the picture and
 * the key take these sentences from.
 */
export const VERDICT_LINES: Record<Verdict, string> = {
  holds: 'the figure is within the margin of what this map computes',
  loose: 'it is within the wider margin, or misses only by a soft edge',
  'does not hold': 'it is outside both margins',
  impossible: 'no route, speed or moment could make it true',
  consistent: 'what is known bounds it but cannot settle it',
  refuted: 'what happened after the articles contradicts it',
  'no figure': 'there is nothing to set it against (the reason says why)',
};

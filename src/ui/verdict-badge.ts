import type { Verdict } from '../journey/verdict';
import { h } from './dom';

/** Each verdict's badge style (tables.css). */
export const VERDICT_CLASS: Record<Verdict, string> = {
  holds: 'v-holds',
  loose: 'v-loose',
  'does not hold': 'v-fails',
  impossible: 'v-impossible',
  consistent: 'v-consistent',
  refuted: 'v-refuted',
  'no figure': 'v-none',
};

/** A verdict as a badge: the word itself, coloured. */
export function verdictBadge(v: Verdict): HTMLElement {
  return h('span', { class: `verdict ${VERDICT_CLASS[v]}` }, v);
}

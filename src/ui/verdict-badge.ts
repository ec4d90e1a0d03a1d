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

/** "1 impossible", "8 hold", "2 do not hold": a count of one verdict. */
export function countWords(count: number, v: Verdict): string {
  if (count === 1) return `1 ${v}`;
  if (v === 'holds') return `${count} hold`;
  if (v === 'does not hold') return `${count} do not hold`;
  return `${count} ${v}`;
}

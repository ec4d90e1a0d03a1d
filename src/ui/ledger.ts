import type { Article } from '../data/schema';
import type { ClaimResult } from '../journey/claims';
import { formatPercent, type Units } from '../journey/format';
import { DIRECTION_THRESHOLDS, THRESHOLDS } from '../journey/verdict';
import { claimWords } from './claim-words';
import { h } from './dom';
import type { Zones } from './time-words';
import './tables.css';
import './ledger.css';

const VERDICT_CLASS: Record<string, string> = {
  holds: 'v-holds',
  loose: 'v-loose',
  'does not hold': 'v-fails',
  impossible: 'v-impossible',
  'no figure': 'v-none',
  'not checked': 'v-none',
};

/** The claims ledger: quote and source, reported, computed (with the difference), verdict. */
export function renderLedger(
  results: ClaimResult[],
  articles: Article[],
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): HTMLElement {
  const article = (id: string) => articles.find((a) => a.id === id);
  const rows = results.map((r) => {
    const w = claimWords(r, units, name, zones);
    const a = article(r.claim.article);
    return h(
      'tr',
      { 'data-claim': r.claim.id, 'data-verdict': r.verdict },
      h(
        'th',
        { scope: 'row' },
        h('q', {}, r.claim.quote),
        h('span', { class: 'claim-source' }, ` — ${a?.short ?? r.claim.article}`),
        h(
          'details',
          { class: 'claim-why' },
          h('summary', {}, 'Why'),
          h('span', { class: 'claim-explain' }, w.explanation),
          r.claim.note ? h('span', { class: 'claim-note' }, r.claim.note) : null,
        ),
      ),
      h(
        'td',
        { class: 'col-reported' },
        w.reported,
        h('span', { class: 'cell-source' }, a ? `${a.short}` : ''),
      ),
      h(
        'td',
        { class: 'col-computed' },
        w.computed,
        h('span', { class: 'cell-diff' }, w.difference),
        h('span', { class: 'cell-source' }, 'this map'),
      ),
      h(
        'td',
        { class: 'col-verdict' },
        h('span', { class: `verdict ${VERDICT_CLASS[r.verdict] ?? ''}` }, r.verdict),
      ),
    );
  });
  return h(
    'div',
    { class: 'ledger' },
    h(
      'p',
      { class: 'thresholds' },
      `Verdicts: a figure holds within ${formatPercent(THRESHOLDS.holds)} of the nearer computed figure (straight line or rail), is loose within ${formatPercent(THRESHOLDS.loose)}, and does not hold beyond; a distance more than ${formatPercent(THRESHOLDS.holds)} below the straight line is impossible, since no route is shorter than the straight line. A direction holds within ${DIRECTION_THRESHOLDS.holds}° (one point of a 16-point compass) and is loose within ${DIRECTION_THRESHOLDS.loose}°. Times, taken in travel order, hold when the train at the chosen speed keeps them; they are impossible when no speed, or none the articles report for the train, does.`,
    ),
    h(
      'table',
      { class: 'data-table ledger-table' },
      h(
        'caption',
        {},
        `Every checkable figure in the two articles, beside what this map computes (${results.length} claims)`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Claim'),
          h('th', { scope: 'col', class: 'col-reported' }, 'Reported'),
          h('th', { scope: 'col', class: 'col-computed' }, 'Computed'),
          h('th', { scope: 'col' }, 'Verdict'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

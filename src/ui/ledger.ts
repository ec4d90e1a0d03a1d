import type { Outcome } from '../data/outcomes-schema';
import type { Article } from '../data/schema';
import type { ClaimResult } from '../journey/claims';
import type { Units } from '../journey/format';
import { shownVerdict } from '../journey/shown-verdict';
import type { Timeline } from '../journey/timeline';
import { VERDICTS } from '../journey/verdict';
import { claimWords } from '../words/claim-words';
import { theArticles } from '../words/count-words';
import { happenedWords } from '../words/happened-words';
import type { Zones } from '../words/time-words';
import { VERDICT_RULES } from '../words/verdict-rules';
import { h } from './dom';
import { verdictBadge } from './verdict-badge';
import './tables.css';
import './ledger.css';

export interface LedgerOptions {
  articles: Article[];
  units: Units;
  name: (id: string) => string;
  zones: Zones;
  /** Verdicts as what happened settles them, with a "what happened" column. */
  hindsight: boolean;
  outcomes: Outcome[];
  happened: Timeline | null;
}

/** "Every checkable figure in the two articles": the count from the story's own articles. */
function caption(articles: Article[], count: number): string {
  return `Every checkable figure in ${theArticles(articles.length)}, beside what this map computes (${count} claims)`;
}

const cell = (label: string, cls: string, ...children: (Node | string | null)[]) =>
  h('td', { role: 'cell', class: cls, 'data-label': label }, ...children);

/**
 * The claims ledger: quote and source, reported, computed (with the difference), what happened
 * (in hindsight) and the verdict. A table with its headers for screen readers; on a phone the
 * stylesheet lays each row out as a card (the roles keep it a table whatever its display).
 */
export function renderLedger(results: ClaimResult[], o: LedgerOptions): HTMLElement {
  const article = (id: string) => o.articles.find((a) => a.id === id);
  const rows = results.map((r) => {
    const w = claimWords(r, o.units, o.name, o.zones);
    const a = article(r.claim.article);
    const verdict = shownVerdict(r, o.hindsight);
    const then = o.hindsight
      ? happenedWords(r, o.units, o.name, o.zones, o.outcomes, o.happened)
      : null;
    return h(
      'tr',
      { role: 'row', 'data-claim': r.claim.id, 'data-verdict': verdict },
      h(
        'th',
        { scope: 'row', role: 'rowheader', class: 'col-claim' },
        h('q', {}, r.claim.quote),
        h('span', { class: 'claim-source' }, ` — ${a?.short ?? r.claim.article}`),
        h(
          'details',
          { class: 'claim-why' },
          h('summary', {}, 'Why'),
          h('span', { class: 'claim-explain' }, w.explanation),
          then?.why ? h('span', { class: 'claim-explain claim-happened' }, then.why) : null,
          r.claim.note ? h('span', { class: 'claim-note' }, r.claim.note) : null,
        ),
      ),
      cell(
        'Reported',
        'col-reported',
        w.reported,
        h('span', { class: 'cell-source' }, a ? `${a.short}` : ''),
      ),
      cell(
        'Computed',
        'col-computed',
        w.computed,
        h('span', { class: 'cell-diff' }, w.difference),
        h('span', { class: 'cell-source' }, 'this map'),
      ),
      then ? cell('What happened', 'col-happened', then.cell) : null,
      cell(
        'Verdict',
        'col-verdict',
        verdictBadge(verdict),
        o.hindsight && r.happened && r.happened.verdict !== r.verdict
          ? h('span', { class: 'cell-diff' }, `as reported: ${r.verdict}`)
          : null,
      ),
    );
  });
  const col = (label: string, cls = '') =>
    h('th', { scope: 'col', role: 'columnheader', class: cls }, label);
  return h(
    'div',
    { class: 'ledger', 'data-hindsight': String(o.hindsight) },
    h(
      'details',
      { class: 'thresholds' },
      h('summary', {}, 'How each verdict is given'),
      h(
        'ul',
        { class: 'verdict-rules' },
        ...VERDICTS.filter((v) => o.hindsight || v !== 'refuted').map((v) =>
          h('li', { 'data-verdict': v }, VERDICT_RULES[v]),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data-table ledger-table', role: 'table' },
      h('caption', {}, caption(o.articles, results.length)),
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          col('Claim'),
          col('Reported', 'col-reported'),
          col('Computed', 'col-computed'),
          o.hindsight ? col('What happened', 'col-happened') : null,
          col('Verdict'),
        ),
      ),
      h('tbody', { role: 'rowgroup' }, ...rows),
    ),
  );
}

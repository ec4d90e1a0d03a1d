import type { Article } from '../data/schema';
import type { ClaimResult } from '../journey/claims';
import { verdictCounts } from '../journey/shown-verdict';
import { countWords } from '../words/count-words';
import { h } from './dom';
import { VERDICT_CLASS } from './verdict-badge';
import './verdict-summary.css';

/**
 * The fact-check at a glance: each article's verdicts counted ("FT: 1 impossible · 1 loose ·
 * 8 hold"), as text, in the panel's head, so that it shows without scrolling, on a phone, and in
 * a collapsed embed.
 */
export function renderVerdictSummary(
  results: ClaimResult[],
  articles: Article[],
  hindsight: boolean,
): HTMLElement {
  const counts = verdictCounts(results, articles, hindsight);
  return h(
    'ul',
    {
      class: 'verdict-summary',
      'aria-label': hindsight ? 'Verdicts as it happened' : 'Verdicts as reported',
      'data-hindsight': String(hindsight),
    },
    ...counts.map((c) => {
      const a = articles.find((x) => x.id === c.article);
      return h(
        'li',
        { 'data-article': c.article },
        h('span', { class: 'vs-article' }, `${a?.short ?? c.article}: `),
        ...c.counts.flatMap((n, i) => [
          i > 0 ? ' · ' : '',
          h(
            'span',
            { class: `vs-count ${VERDICT_CLASS[n.verdict]}`, 'data-verdict': n.verdict },
            countWords(n.count, n.verdict),
          ),
        ]),
      );
    }),
  );
}

/**
 * "As reported" / "As it happened": the verdicts by the articles' own days, or as what happened
 * after them settles them. Only for a story with outcomes.
 */
export function createHindsightSwitch(
  hindsight: boolean,
  onChange: (hindsight: boolean) => void,
): { element: HTMLElement; update: (hindsight: boolean) => void } {
  const buttons = [false, true].map((value) => {
    const b = h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(value === hindsight),
        'data-hindsight': String(value),
      },
      value ? 'As it happened' : 'As reported',
    );
    b.addEventListener('click', () => onChange(value));
    return b;
  });
  const update = (v: boolean) => {
    for (const b of buttons)
      b.setAttribute('aria-pressed', String(b.dataset.hindsight === String(v)));
  };
  return {
    element: h(
      'div',
      { class: 'hindsight-switch segmented', role: 'group', 'aria-label': 'Verdicts' },
      ...buttons,
    ),
    update,
  };
}

import type { Article } from '../data/schema';
import type { ClaimResult } from '../journey/claims';
import { verdictCounts } from '../journey/shown-verdict';
import type { Verdict } from '../journey/verdict';
import { countWords } from '../words/count-words';
import { VERDICT_RULES } from '../words/verdict-rules';
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
  onPick?: (verdict: Verdict) => void,
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
      const short = a?.short ?? c.article;
      return h(
        'li',
        { 'data-article': c.article },
        h('span', { class: 'vs-article', title: a?.outlet ?? '' }, `${short}: `),
        ...c.counts.flatMap((n, i) => {
          const attrs = {
            class: `vs-count ${VERDICT_CLASS[n.verdict]}`,
            'data-verdict': n.verdict,
          };
          const words = countWords(n.count, n.verdict);
          const count = onPick
            ? h(
                'button',
                {
                  ...attrs,
                  type: 'button',
                  'aria-label': `${short}: ${words}: show them in the ledger`,
                },
                words,
              )
            : h('span', attrs, words);
          count.addEventListener('click', () => onPick?.(n.verdict));
          return [i > 0 ? ' · ' : '', count];
        }),
      );
    }),
  );
}

/**
 * The key beside the counts: each verdict they use in the sentence of its rule
 * (words/verdict-rules.ts, as docs/verdicts.md has them), and each article by its outlet, title and date.
 */
export function renderVerdictKey(results: ClaimResult[], articles: Article[], hindsight: boolean) {
  const used = new Set(
    verdictCounts(results, articles, hindsight).flatMap((c) => c.counts.map((n) => n.verdict)),
  );
  const verdicts = (Object.keys(VERDICT_RULES) as Verdict[]).filter((v) => used.has(v));
  return h(
    'details',
    { class: 'verdict-key' },
    h('summary', {}, 'What the verdicts mean'),
    h(
      'dl',
      {},
      ...verdicts.map((v) =>
        h(
          'div',
          {},
          h('dt', {}, h('span', { class: `verdict ${VERDICT_CLASS[v]}` }, v)),
          h('dd', {}, VERDICT_RULES[v].replace(/^[^:]*: /, '')),
        ),
      ),
    ),
    h(
      'ul',
      { class: 'vk-articles' },
      ...articles.map((a) =>
        h('li', {}, h('b', {}, `${a.short}: `), `${a.outlet}, “${a.title}”, ${a.published}`),
      ),
    ),
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
      { class: 'hindsight-switch' },
      h('span', { class: 'control-label', 'aria-hidden': 'true' }, 'Verdicts'),
      h(
        'div',
        {
          class: 'segmented',
          role: 'group',
          'aria-label': 'Verdicts: as the articles report, or as what happened next settles them',
        },
        ...buttons,
      ),
    ),
    update,
  };
}

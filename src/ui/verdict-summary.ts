import type { Article } from '../data/schema';
import type { ClaimResult } from '../journey/claims';
import { shownVerdict, verdictCounts } from '../journey/shown-verdict';
import { countVerdicts, type Verdict } from '../journey/verdict';
import { countWords, perArticleWords } from '../words/count-words';
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
  const shortOf = (id: string) => articles.find((x) => x.id === id)?.short ?? id;
  const count = (verdict: Verdict, words: string, label: string) => {
    const attrs = { class: `vs-count ${VERDICT_CLASS[verdict]}`, 'data-verdict': verdict };
    const el = onPick
      ? h('button', { ...attrs, type: 'button', 'aria-label': label, title: label }, words)
      : h('span', attrs, words);
    el.addEventListener('click', () => onPick?.(verdict));
    return el;
  };
  // Every article's counts summed, one word each: the compact line a phone shows
  // (verdict-summary.css), each count naming its articles' share in its label.
  const totals = countVerdicts(results.map((r) => shownVerdict(r, hindsight))).map((n) => {
    const words = countWords(n.count, n.verdict);
    const shares = perArticleWords(
      counts.map((c) => ({
        short: shortOf(c.article),
        count: c.counts.find((x) => x.verdict === n.verdict)?.count ?? 0,
      })),
    );
    return count(n.verdict, words, `${words} (${shares}): show them in the ledger`);
  });
  return h(
    'ul',
    {
      class: 'verdict-summary',
      'aria-label': hindsight ? 'Verdicts as it happened' : 'Verdicts as reported',
      'data-hindsight': String(hindsight),
    },
    h('li', { class: 'vs-totals', 'data-articles': String(articles.length) }, ...totals),
    ...counts.map((c) => {
      const a = articles.find((x) => x.id === c.article);
      const short = shortOf(c.article);
      return h(
        'li',
        { 'data-article': c.article },
        h('span', { class: 'vs-article', title: a?.outlet ?? '' }, `${short}: `),
        ...c.counts.flatMap((n, i) => {
          const words = countWords(n.count, n.verdict);
          return [
            i > 0 ? h('span', { class: 'vs-sep', 'aria-hidden': 'true' }, ' · ') : '',
            count(n.verdict, words, `${short}: ${words}: show them in the ledger`),
          ];
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
  const counts = verdictCounts(results, articles, hindsight);
  const used = new Set(counts.flatMap((c) => c.counts.map((n) => n.verdict)));
  const ofArticle = (id: string) =>
    (counts.find((c) => c.article === id)?.counts ?? [])
      .map((n) => countWords(n.count, n.verdict))
      .join(' · ');
  const verdicts = (Object.keys(VERDICT_RULES) as Verdict[]).filter((v) => used.has(v));
  return h(
    'details',
    { class: 'verdict-key' },
    h('summary', {}, 'Verdict key'),
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
        h(
          'li',
          {},
          h('b', {}, `${a.short}: `),
          `${a.outlet}, “${a.title}”, ${a.published}`,
          h('span', { class: 'vk-counts' }, ` (${ofArticle(a.id)})`),
        ),
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

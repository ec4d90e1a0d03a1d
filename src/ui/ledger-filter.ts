import type { ClaimResult } from '../journey/claims';
import { shownVerdict } from '../journey/shown-verdict';
import { countVerdicts, type Verdict } from '../journey/verdict';
import { countWords } from '../words/count-words';
import { h } from './dom';

/**
 * Buttons that show the ledger's claims of one verdict, or all of them. The choice survives a
 * redrawn ledger (a new speed, units or hindsight): `apply` hides the rows it leaves out.
 */
export function createLedgerFilter(onApply: () => void) {
  let chosen: Verdict | 'all' = 'all';
  const element = h('div', { class: 'ledger-filter', role: 'group', 'aria-label': 'Show claims' });
  const apply = (ledger: ParentNode) => {
    for (const row of Array.from(ledger.querySelectorAll<HTMLElement>('tbody tr[data-verdict]')))
      row.hidden = chosen !== 'all' && row.dataset.verdict !== chosen;
  };
  const update = (results: ClaimResult[], hindsight: boolean) => {
    const counts = countVerdicts(results.map((r) => shownVerdict(r, hindsight)));
    if (chosen !== 'all' && !counts.some((c) => c.verdict === chosen)) chosen = 'all';
    const button = (value: Verdict | 'all', label: string) => {
      const b = h(
        'button',
        { type: 'button', 'aria-pressed': String(chosen === value), 'data-filter': value },
        label,
      );
      b.addEventListener('click', () => choose(value));
      return b;
    };
    element.replaceChildren(
      button('all', `All ${results.length}`),
      ...counts.map((c) => button(c.verdict, countWords(c.count, c.verdict))),
    );
  };
  /** Shows the claims of one verdict (a count in the panel's head was pressed). */
  const choose = (value: Verdict | 'all') => {
    chosen = value;
    for (const x of Array.from(element.querySelectorAll('button')))
      x.setAttribute('aria-pressed', String(x.dataset.filter === value));
    onApply();
  };
  return { element, update, apply, choose };
}

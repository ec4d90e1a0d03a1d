/**
 * REVIEW.md's items as a checklist, in the draft's order (the most consequential first).
 */
import { h } from '../dom';
import type { Edits } from './edits';
import { edit } from './edits';

/** One item of REVIEW.md: its section and its text (Markdown marks left as they are). */
export interface ReviewItem {
  section: string;
  text: string;
}

/**
 * REVIEW.md's items in its own order (the draft lists the most consequential first): each
 * "- " line under a "## " heading, the heading's count dropped.
 */
export function reviewItems(markdown: string): ReviewItem[] {
  const out: ReviewItem[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).replace(/\s*\(\d+\)$/, '');
    else if (line.startsWith('- ') && section) out.push({ section, text: line.slice(2) });
  }
  return out;
}

/** The review list as a checklist: ticking an item keeps it ticked (in the edits) across drafts. */
export function renderReview(
  host: HTMLElement,
  markdown: string,
  edits: Edits,
  change: (f: (e: Edits) => Edits) => void,
): void {
  const all = reviewItems(markdown);
  const made = all.filter((i) => i.section.startsWith('Corrections made'));
  const items = all.filter((i) => !made.includes(i));
  const sections = [...new Set(items.map((i) => i.section))];
  const done = items.filter((i) => edits.reviewed.includes(i.text)).length;
  host.replaceChildren(
    h('p', {}, `${done} of ${items.length} items reviewed.`),
    ...sections.map((s, k) => {
      const list = h('ul', { class: 'checklist' });
      items
        .filter((i) => i.section === s)
        .forEach((i, n) => {
          const id = `review-${k}-${n}`;
          const box = h('input', { type: 'checkbox', id });
          box.checked = edits.reviewed.includes(i.text);
          box.addEventListener('change', () => change((e) => edit.toggle(e, 'reviewed', i.text)));
          list.append(h('li', {}, box, h('label', { for: id }, i.text.replace(/\*\*|`/g, ''))));
        });
      return h('section', { 'aria-label': s }, h('h3', {}, s), list);
    }),
    ...(made.length
      ? [
          h(
            'section',
            { 'aria-label': 'Corrections made', class: 'corrections' },
            h('h3', {}, `Corrections made (${made.length})`),
            h('ul', {}, ...made.map((i) => h('li', {}, i.text.replace(/`/g, '')))),
          ),
        ]
      : []),
  );
}

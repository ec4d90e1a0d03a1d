import type { Outcome } from '../data/outcomes-schema';
import { theArticles } from '../words/count-words';
import { localTime, type Zones } from '../words/time-words';
import { h } from './dom';

/** When an outcome has the train at its place, in the place's local time. */
function when(o: Outcome, tz: string | undefined): string {
  const from = o.from ? Date.parse(o.from) : null;
  const to = o.to ? Date.parse(o.to) : null;
  if (from !== null && to !== null && from === to) return `at ${localTime(from, tz)}`;
  return [
    from === null ? '' : `no earlier than ${localTime(from, tz)}`,
    to === null ? '' : `no later than ${localTime(to, tz, true)}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * What happened next, credited: each fact established after the articles, with its outlet, its
 * piece (linked), its date and its own words. The story's outcomes.json; nothing without one.
 */
export function renderOutcomeSources(
  outcomes: Outcome[],
  articles: number,
  name: (id: string) => string,
  zones: Zones,
): HTMLElement | null {
  if (outcomes.length === 0) return null;
  return h(
    'section',
    { class: 'outcome-sources', 'aria-labelledby': 'outcome-sources-title' },
    h('h2', { id: 'outcome-sources-title' }, 'What happened next: the sources'),
    h(
      'p',
      { class: 'muted' },
      `Reported after ${theArticles(articles)}; “As it happened” sets each claim against them.`,
    ),
    h(
      'ul',
      {},
      ...outcomes.map((o) =>
        h(
          'li',
          { 'data-outcome': o.id },
          h(
            'span',
            { class: 'os-what' },
            `${name(o.place)}: ${o.what} (${when(o, zones[o.place])}).`,
          ),
          ' ',
          h('q', {}, o.source.quote),
          ' — ',
          `${o.source.outlet}, `,
          h('a', { href: o.source.url, rel: 'noopener', target: '_blank' }, o.source.title),
          `, ${o.source.published}.`,
          o.note ? h('span', { class: 'os-note' }, ` ${o.note}`) : null,
        ),
      ),
    ),
  );
}

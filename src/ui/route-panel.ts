import { formatDistance, formatPercent, type Units } from '../journey/format';
import type { JourneyBase } from '../journey/model';
import type { LegFigure } from '../journey/route-figures';
import { NETWORK_LEGEND } from '../words/figure-words';
import { citeWords } from '../words/place-words';
import { h, scrollBox } from './dom';
import './tables.css';
import './route-panel.css';

export interface RouteSection {
  element: HTMLElement;
  update: (units: Units) => void;
}

/** The route section: show/hide toggle, the legend for the two line styles, the distance table. */
export function createRouteSection(
  base: Pick<JourneyBase, 'legs' | 'route' | 'chains' | 'whole'>,
  offRoute: { from: string; to: string }[],
  name: (id: string) => string,
  onToggle: (visible: boolean) => void,
): RouteSection {
  const { legs, chains } = base;
  const toggle = h(
    'button',
    { type: 'button', class: 'route-toggle', 'aria-pressed': 'true' },
    'Rail route shown',
  );
  toggle.addEventListener('click', () => {
    const visible = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(visible));
    toggle.textContent = visible ? 'Rail route shown' : 'Rail route hidden';
    onToggle(visible);
  });

  const parts = legs.flatMap((l) => l.rail.parts);
  const network = parts.some((p) => p.network);
  // A route wholly on the world network has no OpenStreetMap track and no straight-line chain.
  const surveyed = !network || parts.some((p) => p.accuracy === 'surveyed');
  const dashed = !network || parts.some((p) => !p.network && p.accuracy !== 'surveyed');
  const legend = h(
    'ul',
    { class: 'legend' },
    surveyed
      ? h(
          'li',
          {},
          h('span', { class: 'swatch swatch-surveyed', 'aria-hidden': 'true' }),
          'Follows the mapped track (OpenStreetMap)',
        )
      : null,
    network
      ? h(
          'li',
          { class: 'legend-network' },
          h('span', { class: 'swatch swatch-surveyed', 'aria-hidden': 'true' }),
          NETWORK_LEGEND,
        )
      : null,
    h(
      'li',
      { hidden: !dashed },
      h('span', { class: 'swatch swatch-approximate', 'aria-hidden': 'true' }),
      'Approximate: straight lines between stations, where no open track geometry exists',
      ...chains.map(
        (chain) =>
          ` (${name(chain.from)}–${name(chain.to)} measures ${formatPercent(chain.shortfall)} short of the railway’s figure, so the railway’s figure is the one used)`,
      ),
    ),
    ...offRoute.map((l) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch swatch-off', 'aria-hidden': 'true' }),
        `${name(l.from)} → ${name(l.to)}: on the map, not on the route`,
      ),
    ),
  );

  const tableSlot = scrollBox('Rail distances (scrolls sideways)');
  const render = (units: Units) => {
    const formatKm = (km: number) => formatDistance(km, units);
    const notes: string[] = [];
    const cite = (text: string) => {
      let n = notes.indexOf(text);
      if (n < 0) n = notes.push(text) - 1;
      return h('sup', {}, `[${n + 1}]`);
    };
    const railwayCell = (leg: LegFigure) => {
      const published = leg.pieces.filter((x) => x.kind === 'published');
      if (published.length === 0) return h('td', { class: 'muted' }, '—');
      const conflicts = published.flatMap((x) => x.conflicts);
      return h(
        'td',
        {},
        formatKm(leg.km),
        leg.pieces.some((x) => x.kind !== 'published')
          ? h('span', { class: 'cell-source' }, ' with measured parts')
          : null,
        ...published.map((x) =>
          cite(`${name(x.from)}–${name(x.to)} ${formatKm(x.km)}: ${citeWords(x.source)}`),
        ),
        ...conflicts.map((c) =>
          h('span', { class: 'conflict' }, ' or ', formatKm(c.km), cite(citeWords(c.source))),
        ),
      );
    };
    const rows = legs.map((leg) =>
      h(
        'tr',
        { 'data-route-leg': `${leg.from}--${leg.to}` },
        h('th', { scope: 'row' }, `${name(leg.from)} → ${name(leg.to)}`),
        h(
          'td',
          {},
          leg.rail.accuracy === 'none' ? 'no track data' : formatKm(leg.rail.km),
          leg.rail.accuracy === 'approximate' ? h('span', { class: 'approx' }, ' approx.') : null,
        ),
        railwayCell(leg),
      ),
    );
    const table = h(
      'table',
      { class: 'route-table' },
      h(
        'caption',
        {},
        'Rail distance between stops: measured along the track on this map, and the railway’s published figure',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Stretch'),
          h('th', { scope: 'col' }, 'Measured'),
          h('th', { scope: 'col' }, 'Railway'),
        ),
      ),
      h('tbody', {}, ...rows),
      h(
        'tfoot',
        {},
        ...base.route.conflicts.map((c) =>
          h(
            'tr',
            { 'data-route-conflict': `${c.from}--${c.to}` },
            h('th', { scope: 'row' }, `${name(c.from)} → ${name(c.to)}, whole stretch`),
            h('td', {}, formatKm(c.legsKm), h('span', { class: 'cell-source' }, 'sum of the legs')),
            h(
              'td',
              {},
              h('span', { class: 'conflict' }, 'conflict: published as ', formatKm(c.publishedKm)),
              cite(
                `${name(c.from)}–${name(c.to)} ${formatKm(c.publishedKm)}: ${citeWords(c.source)}`,
              ),
              h(
                'span',
                { class: 'cell-source' },
                ` ${formatKm(c.apartKm)} apart; the legs’ sum is used`,
              ),
            ),
          ),
        ),
        h(
          'tr',
          { 'data-route-leg': 'whole' },
          h('th', { scope: 'row' }, 'Whole route'),
          h('td', {}, formatKm(base.whole.measuredKm)),
          h('td', {}, formatKm(base.whole.km)),
        ),
      ),
    );
    tableSlot.replaceChildren(
      table,
      h('ol', { class: 'notes' }, ...notes.map((n) => h('li', {}, n))),
    );
  };
  const element = h(
    'section',
    { class: 'route', 'aria-labelledby': 'route-title' },
    h('div', { class: 'section-head' }, h('h2', { id: 'route-title' }, 'The rail route'), toggle),
    legend,
    tableSlot,
  );
  render('km');
  return { element, update: render };
}

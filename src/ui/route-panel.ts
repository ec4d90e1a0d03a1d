import { CHAIN_CHECK } from '../config';
import type { Station } from '../data/schema';
import { type JourneyLeg, shortfall } from '../journey/legs';
import type { RailNetwork } from '../journey/rail';
import { h, scrollBox } from './dom';
import { formatDistance, formatPercent, type Units } from './format';

export interface RouteSection {
  element: HTMLElement;
  update: (units: Units) => void;
}

/** The route section: show/hide toggle, the legend for the two line styles, the distance table. */
export function createRouteSection(
  net: RailNetwork,
  legs: JourneyLeg[],
  stations: Station[],
  onToggle: (visible: boolean) => void,
): RouteSection {
  const name = (id: string) => stations.find((s) => s.properties.id === id)?.properties.name ?? id;
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

  const check =
    net.hasNode(CHAIN_CHECK[0]) && net.hasNode(CHAIN_CHECK[1])
      ? shortfall(net.distance(...CHAIN_CHECK))
      : null;
  const legend = h(
    'ul',
    { class: 'legend' },
    h(
      'li',
      {},
      h('span', { class: 'swatch swatch-surveyed', 'aria-hidden': 'true' }),
      'Follows the mapped track (OpenStreetMap)',
    ),
    h(
      'li',
      {},
      h('span', { class: 'swatch swatch-approximate', 'aria-hidden': 'true' }),
      'Approximate: straight lines between stations, where no open track geometry exists',
      check !== null
        ? ` (Pyongyang–Tumangang measures ${formatPercent(check)} short of the railway’s figure, so that figure is shown beside it)`
        : '',
    ),
    h(
      'li',
      {},
      h('span', { class: 'swatch swatch-off', 'aria-hidden': 'true' }),
      'Ussuriysk–Vladivostok: on the map, not on the route',
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
    const railwayCell = (leg: JourneyLeg) => {
      const p = leg.rail.published;
      if (!p) return h('td', { class: 'muted' }, '—');
      const published = p.pieces.filter((x) => x.kind === 'published');
      const conflicts = published.flatMap((x) => x.conflicts);
      return h(
        'td',
        {},
        formatKm(p.km),
        ...published.map((x) =>
          cite(`${name(x.from)}–${name(x.to)} ${formatKm(x.km)}: ${x.source}`),
        ),
        ...conflicts.map((c) =>
          h('span', { class: 'conflict' }, ' or ', formatKm(c.km), cite(c.source)),
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
          formatKm(leg.rail.km),
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

import { formatDistance, formatSpeed, type Units } from '../journey/format';
import type { JourneyView } from '../journey/model';
import { piecesMakeup } from '../journey/route-figures';
import type { Timeline } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import { makeupShort, trackFigure } from '../words/figure-words';
import { bindingTimes, leastSpeed, localTime, offsetLabel, type Zones } from '../words/time-words';
import { h } from './dom';
import './tables.css';
import './journey-tables.css';

const th = (text: string) => h('th', { scope: 'col' }, text);

/** Legs of the journey: from → to, straight line, rail, hours at the chosen speed. */
export function renderLegsTable(
  v: JourneyView,
  units: Units,
  name: (id: string) => string,
): HTMLElement {
  const d = (km: number) => formatDistance(km, units);
  const rows = v.legs.map((l, i) => {
    const m = piecesMakeup(l.pieces);
    return h(
      'tr',
      { 'data-leg': `${l.from}--${l.to}`, ...(m.none > 0 ? { 'data-no-track': '' } : {}) },
      h('th', { scope: 'row' }, `${name(l.from)} → ${name(l.to)}`),
      h('td', {}, l.straightKm === null ? '—' : d(l.straightKm)),
      h(
        'td',
        { 'data-km': String(l.km) },
        trackFigure(l.km, m, units),
        m.none > 0
          ? null
          : h(
              'span',
              { class: 'cell-source' },
              `${l.pieces.some((p) => p.kind === 'published') ? 'railway figure' : 'measured'}; on the map’s track: ${d(l.rail.km)}${l.rail.accuracy === 'approximate' ? ' (track drawn approximately)' : ''}`,
            ),
      ),
      h(
        'td',
        { 'data-hours': String(v.legHours[i]) },
        trackFigure(v.legHours[i] ?? Number.NaN, m, units, formatDuration),
      ),
    );
  });
  const total = h(
    'tr',
    { 'data-leg': 'whole' },
    h('th', { scope: 'row' }, 'Whole route'),
    h('td', {}, v.whole.straightKm === null ? '—' : d(v.whole.straightKm)),
    h(
      'td',
      { 'data-km': String(v.whole.km) },
      trackFigure(v.whole.km, v.route.whole.makeup, units),
      h(
        'span',
        { class: 'cell-source' },
        `sum of the legs; on the map’s track: ${d(v.whole.measuredKm)}`,
      ),
    ),
    h('td', {}, trackFigure(v.wholeHours, v.route.whole.makeup, units, formatDuration)),
  );
  return h(
    'table',
    { class: 'data-table legs-table' },
    h(
      'caption',
      {},
      `Legs of the journey. Straight line: computed by this map. Rail: the railway’s published figure where one covers the leg, else measured along the track; the whole route is the sum of its legs. Time at ${formatSpeed(v.speedKmh, units)}`,
    ),
    h('thead', {}, h('tr', {}, th('Leg'), th('Straight line'), th('Rail'), th('Time'))),
    h('tbody', {}, ...rows),
    h('tfoot', {}, total),
  );
}

/** The footer rows: the whole journey's least speed, with and without forecasts. */
function leastRows(
  t: Timeline,
  without: Timeline,
  columns: number,
  units: Units,
  name: (id: string) => string,
  zones: Zones,
): HTMLTableRowElement[] {
  const row = (label: string, tl: Timeline, key: string) =>
    tl.least
      ? h(
          'tr',
          { 'data-least': key },
          h('th', { scope: 'row' }, label),
          h('td', {}, formatDistance(tl.least.km, units)),
          h('td', {}, `at most ${formatDuration(tl.least.hours)}`),
          h('td', { 'data-kmh': String(tl.least.kmh) }, `≥ ${leastSpeed(tl.least, units)}`),
          h('td', { colspan: String(columns - 4) }, bindingTimes(tl.least, name, zones)),
        )
      : null;
  const forecasts = t.events.some((e) => e.forecast);
  return [
    row('Whole journey: least average speed', t, 'all'),
    forecasts ? row('Without forecasts', without, 'reports') : null,
  ].filter((r): r is HTMLTableRowElement => r !== null);
}

/** The timeline check: each dated stretch, the window the articles allow, the speed it demands. */
export function renderTimeline(
  v: JourneyView,
  assumptions: string[],
  partsOfDay: Partial<Record<string, [number, number]>>,
  units: Units,
  name: (id: string) => string,
): HTMLElement {
  const zones = v.zones;
  const presets = v.presets;
  const rows = v.timeline.stretches.map((s, i) =>
    h(
      'tr',
      { 'data-stretch': `${s.from.place}--${s.to.place}` },
      h('th', { scope: 'row' }, `${name(s.from.place)} → ${name(s.to.place)}`),
      h(
        'td',
        {},
        formatDistance(s.km, units),
        h('span', { class: 'cell-source' }, makeupShort(s.figure.makeup)),
      ),
      h(
        'td',
        {},
        s.maxHours > 0 ? `at most ${formatDuration(s.maxHours)}` : 'none',
        h(
          'span',
          { class: 'cell-source' },
          `${localTime(s.from.start, zones[s.from.place])} → ${localTime(s.to.end, zones[s.to.place], true)}`,
        ),
      ),
      h('td', { 'data-kmh': String(s.demand.kmh) }, `≥ ${leastSpeed(s.demand, units)}`),
      ...presets.map((p, k) => {
        const at = v.presetTimes[i]?.[k];
        return h(
          'td',
          { 'data-preset': String(p.kmh) },
          formatDuration(at?.hours ?? Number.NaN),
          at?.fits === false ? h('span', { class: 'v-fails' }, ' too slow') : null,
        );
      }),
    ),
  );
  const zoneList = v.timeline.events
    .map(
      (e) =>
        `${name(e.place)} ${zones[e.place] ?? 'UTC'} (${offsetLabel(e.start, zones[e.place])})`,
    )
    .join(', ');
  const parts = Object.entries(partsOfDay).map(
    ([part, hours]) =>
      `“${part[0]?.toUpperCase()}${part.slice(1)}” is ${String(hours?.[0]).padStart(2, '0')}:00–${hours?.[1]}:00 local time.`,
  );
  const columns = 4 + presets.length;
  return h(
    'div',
    { class: 'timeline' },
    h(
      'table',
      { class: 'data-table timeline-table' },
      h(
        'caption',
        {},
        'Timeline check: the days the articles report, taken in travel order; the rail distance between them, the least average speed they demand, and the time at each reported speed',
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          th('Stretch'),
          th('Rail'),
          th('Time allowed'),
          th('Least average speed'),
          ...presets.map((p) => th(`At ${formatSpeed(p.kmh, units)} (${p.article})`)),
        ),
      ),
      h('tbody', {}, ...rows),
      h('tfoot', {}, ...leastRows(v.timeline, v.reportsOnly, columns, units, name, zones)),
    ),
    h(
      'ul',
      { class: 'assumptions' },
      h(
        'li',
        {},
        'In travel order: the train is at a place no earlier than the earliest time at the place before it, and no later than the latest time at the place after it. The least speed of the whole journey is the most any two places demand: the km between them over the most time their windows allow.',
      ),
      h('li', {}, 'A day given without an hour is any time that day, 00:00 to 24:00 local time.'),
      ...parts.map((p) => h('li', {}, p)),
      h('li', {}, `Time zones: ${zoneList}.`),
      ...assumptions.map((a) => h('li', {}, a)),
      h(
        'li',
        {},
        'Rail: the railway’s published figures where they cover a stretch, else measured along the track; “includes approx. part” marks stretches measured in part on straight lines between stations.',
      ),
    ),
  );
}

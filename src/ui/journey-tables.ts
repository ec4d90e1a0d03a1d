import type { JourneyView } from '../journey/derive';
import { ASSUMPTIONS } from '../journey/timeline';
import { formatDuration } from '../journey/travel-time';
import type { SpeedPreset } from './controls';
import { h } from './dom';
import { formatDistance, formatSpeed, type Units } from './format';

const th = (text: string) => h('th', { scope: 'col' }, text);

/** Legs of the journey: from → to, straight line, rail, hours at the chosen speed. */
export function renderLegsTable(
  v: JourneyView,
  units: Units,
  name: (id: string) => string,
): HTMLElement {
  const d = (km: number) => formatDistance(km, units);
  const rows = v.legs.map((l, i) => {
    const railwayKm = l.rail.published?.km;
    return h(
      'tr',
      { 'data-leg': `${l.from}--${l.to}` },
      h('th', { scope: 'row' }, `${name(l.from)} → ${name(l.to)}`),
      h('td', {}, l.straightKm === null ? '—' : d(l.straightKm)),
      h(
        'td',
        {},
        d(l.rail.km),
        l.rail.accuracy === 'approximate' ? h('span', { class: 'approx' }, ' approx.') : null,
        railwayKm !== undefined
          ? h(
              'span',
              { class: 'cell-source' },
              `railway: ${d(railwayKm)}${l.rail.published?.complete ? '' : ' (part measured)'}`,
            )
          : null,
      ),
      h('td', { 'data-hours': String(v.legHours[i]) }, formatDuration(v.legHours[i] ?? Number.NaN)),
    );
  });
  return h(
    'table',
    { class: 'data-table legs-table' },
    h(
      'caption',
      {},
      `Legs of the journey. Straight line and rail: computed by this map; hours at ${formatSpeed(v.speedKmh, units)} over the railway’s figure where there is one, else the measured rail distance`,
    ),
    h('thead', {}, h('tr', {}, th('Leg'), th('Straight line'), th('Rail'), th('Time'))),
    h('tbody', {}, ...rows),
  );
}

function when(t: number, offset: number): string {
  const d = new Date(t + offset * 3_600_000);
  const day = d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const hm = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${day} ${hm}`;
}

/** The timeline check: each dated stretch, the window the articles allow, the speeds it implies. */
export function renderTimeline(
  v: JourneyView,
  presets: SpeedPreset[],
  units: Units,
  name: (id: string) => string,
): HTMLElement {
  const offset = (place: string) => ASSUMPTIONS.utcOffset[place] ?? 0;
  const tz = (place: string) => `UTC+${offset(place)}`;
  const rows = v.timeline.map((s) =>
    h(
      'tr',
      { 'data-stretch': `${s.from.place}--${s.to.place}` },
      h('th', { scope: 'row' }, `${name(s.from.place)} → ${name(s.to.place)}`),
      h(
        'td',
        {},
        formatDistance(s.km, units),
        h('span', { class: 'cell-source' }, s.basis === 'measured' ? 'measured' : 'railway figure'),
      ),
      h(
        'td',
        {},
        `${formatDuration(s.minHours)}–${formatDuration(s.maxHours)}`,
        h(
          'span',
          { class: 'cell-source' },
          `${when(s.from.start, offset(s.from.place))}–${when(s.to.end, offset(s.to.place))}`,
        ),
      ),
      h('td', {}, `${formatSpeed(s.impliedKmh[0], units)}–${formatSpeed(s.impliedKmh[1], units)}`),
      ...presets.map((p) => {
        const hours = s.km / p.kmh;
        return h(
          'td',
          { 'data-preset': String(p.kmh) },
          formatDuration(hours),
          hours <= s.maxHours ? null : h('span', { class: 'v-fails' }, ' too slow'),
        );
      }),
    ),
  );
  const zones = [...new Set(v.timeline.flatMap((s) => [s.from.place, s.to.place]))]
    .map((p) => `${name(p)} ${tz(p)}`)
    .join(', ');
  const [m0, m1] = ASSUMPTIONS.partOfDay.morning;
  return h(
    'div',
    { class: 'timeline' },
    h(
      'table',
      { class: 'data-table timeline-table' },
      h(
        'caption',
        {},
        'Timeline check: the days the articles report, the rail distance between them, the average speed that implies, and the time at each reported speed',
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
          th('Average implied'),
          ...presets.map((p) => th(`At ${formatSpeed(p.kmh, units)} (${p.article})`)),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
    h(
      'ul',
      { class: 'assumptions' },
      h(
        'li',
        {},
        'Departure hour unknown: “Sunday” is any time that day; so is every day given without an hour.',
      ),
      h('li', {}, `“Morning” is ${String(m0).padStart(2, '0')}:00–${m1}:00 local time.`),
      h('li', {}, `Time zones: ${zones} (Pyongyang UTC+9, Vladivostok UTC+10, Amur UTC+9).`),
      h('li', {}, 'The border crossing is read in Russian time, as Russian TV reported it.'),
    ),
  );
}
